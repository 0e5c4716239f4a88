package dev.modelof.example.types;

import dev.modelof.Gen;
import dev.modelof.Gens;
import dev.modelof.Settings;
import dev.modelof.Setup;
import dev.modelof.internal.Copies;
import dev.modelof.internal.Draws;
import dev.modelof.internal.Generators;
import dev.modelof.internal.InvariantInfo;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.ParameterInfo;
import dev.modelof.internal.Refs;
import dev.modelof.internal.SetupInfo;
import dev.modelof.internal.UnrecordedStep;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Checks {@link Types} against the model of {@link TypesSpec}: descriptors and direct calls.
 */
@Generated("dev.modelof.processor.ModelOfProcessor")
@SuppressWarnings({"deprecation", "removal"})
public final class TypesSpecMachine implements Machine<TypesModel, Types, TypesSpecOp> {
  private static final Gen<Point> POINT = Generators.records(Point.class,
      c -> new Point((int) c.get(0), (int) c.get(1)),
      p -> Arrays.asList(p.x(), p.y()),
      Gens.ints(),
      Gens.ints());

  private static final Gen<Segment> SEGMENT = Generators.records(Segment.class,
      c -> new Segment((Point) c.get(0), (Point) c.get(1)),
      s -> Arrays.asList(s.from(), s.to()),
      POINT,
      POINT);

  private static final Gen<Pair<Integer, String>> PAIR = Generators.records(Pair.class,
      c -> new Pair<Integer, String>((Integer) c.get(0), (String) c.get(1)),
      p -> Arrays.asList(p.first(), p.second()),
      Gens.ints(),
      Gens.strings());

  @SuppressWarnings("unchecked")
  private static final Gen<Tagged> TAGGED = Generators.records(Tagged.class,
      c -> new Tagged((String) c.get(0), (int) c.get(1), (List<Integer>) c.get(2)),
      t -> Arrays.asList(t.tag(), t.weight(), t.ones()),
      Gens.strings(0, 3),
      Gens.ints(0, 9),
      Gens.lists(Gens.ints(1, 2)));

  private static final List<SetupInfo> SETUPS = List.of(
      SetupInfo.of("model", ParameterInfo.of("seeds", Gens.intArrays(Gens.ints(), 0, 3))));

  private static final List<OperationInfo> OPERATIONS = List.of(
      OperationInfo.call("point", ParameterInfo.of("point", POINT)),
      OperationInfo.call("segment", ParameterInfo.of("segment", SEGMENT)),
      OperationInfo.call("pair", ParameterInfo.of("pair", PAIR)),
      OperationInfo.call("tagged", ParameterInfo.of("tagged", TAGGED)),
      OperationInfo.call("origin", ParameterInfo.of("origin", new Origins())),
      OperationInfo.value("present", ParameterInfo.of("point", Gens.optionals(POINT))),
      OperationInfo.value("count", ParameterInfo.of("points", Gens.lists(POINT, 1, 2))),
      OperationInfo.value("colors",
          ParameterInfo.of("colors", Gens.sets(Gens.enums(Color.values())))),
      OperationInfo.value("weights", ParameterInfo.of("weights", Gens.maps(Gens.strings(),
          Gens.intArrays(Gens.ints())))),
      OperationInfo.value("nested",
          ParameterInfo.of("segments", Gens.lists(Gens.optionals(SEGMENT)))),
      OperationInfo.value("small", ParameterInfo.of("small", Gens.lists(Gens.ints(0, 9)))),
      OperationInfo.value("wide", ParameterInfo.of("points", Gens.lists(POINT))),
      OperationInfo.value("words", ParameterInfo.of("words", Gens.lists(new Words()))),
      OperationInfo.value("sorted", ParameterInfo.of("digits", Gens.intArrays(Gens.ints(0, 9), 0,
          4))),
      OperationInfo.value("bits", ParameterInfo.of("flags", Gens.booleanArrays(Gens.booleans())),
          ParameterInfo.of("bytes", Gens.byteArrays(Gens.bytes())),
          ParameterInfo.of("shorts", Gens.shortArrays(Gens.shorts())),
          ParameterInfo.of("chars", Gens.charArrays(Gens.chars()))),
      OperationInfo.value("numbers", ParameterInfo.of("longs", Gens.longArrays(Gens.longs())),
          ParameterInfo.of("floats", Gens.floatArrays(Gens.floats())),
          ParameterInfo.of("doubles", Gens.doubleArrays(Gens.doubles()))),
      OperationInfo.value("names", ParameterInfo.of("names", Gens.arrays(Gens.strings(), 1, 2,
          String[]::new))),
      OperationInfo.value("grid", ParameterInfo.of("grid", Gens.arrays(Gens.intArrays(Gens.ints()),
          0, 2, int[][]::new))),
      OperationInfo.value("points", ParameterInfo.of("points", Gens.arrays(POINT, Point[]::new))),
      OperationInfo.value("total", ParameterInfo.of("values", Gens.lists(Gens.ints(), 0, 3))),
      OperationInfo.value("letters", ParameterInfo.of("words", Gens.lists(Gens.strings()))));

  private static final List<InvariantInfo> INVARIANTS = List.of();

  @Override
  public TypesModel newModel(Setup setup) throws Exception {
    int[] seeds = setup.arg(0);
    return TypesSpec.model(seeds.clone());
  }

  @Override
  public Types newImpl(Setup setup) throws Exception {
    int[] seeds = setup.arg(0);
    return new Types(seeds.clone());
  }

  @Override
  public Object applyToModel(TypesSpecOp op, TypesModel model, Refs refs) throws Exception {
    if (op instanceof TypesSpecOp.Point point) {
      model.point(point.point());
      return null;
    }
    if (op instanceof TypesSpecOp.Segment segment) {
      model.segment(segment.segment());
      return null;
    }
    if (op instanceof TypesSpecOp.Pair pair) {
      model.pair(pair.pair());
      return null;
    }
    if (op instanceof TypesSpecOp.Tagged tagged) {
      model.tagged(tagged.tagged());
      return null;
    }
    if (op instanceof TypesSpecOp.Origin origin) {
      model.origin(origin.origin());
      return null;
    }
    if (op instanceof TypesSpecOp.Present present) {
      return model.present(present.point());
    }
    if (op instanceof TypesSpecOp.Count count) {
      return model.count(count.points());
    }
    if (op instanceof TypesSpecOp.Colors colors) {
      return model.colors(colors.colors());
    }
    if (op instanceof TypesSpecOp.Weights weights) {
      return model.weights(weights.weights());
    }
    if (op instanceof TypesSpecOp.Nested nested) {
      return model.nested(nested.segments());
    }
    if (op instanceof TypesSpecOp.Small small) {
      return model.small(small.small());
    }
    if (op instanceof TypesSpecOp.Wide wide) {
      return model.wide(wide.points());
    }
    if (op instanceof TypesSpecOp.Words words) {
      return model.words(words.words());
    }
    if (op instanceof TypesSpecOp.Sorted sorted) {
      return model.sorted(sorted.digits().clone());
    }
    if (op instanceof TypesSpecOp.Bits bits) {
      return model.bits(bits.flags().clone(), bits.bytes().clone(), bits.shorts().clone(),
          bits.chars().clone());
    }
    if (op instanceof TypesSpecOp.Numbers numbers) {
      return model.numbers(numbers.longs().clone(), numbers.floats().clone(),
          numbers.doubles().clone());
    }
    if (op instanceof TypesSpecOp.Names names) {
      return model.names(names.names().clone());
    }
    if (op instanceof TypesSpecOp.Grid grid) {
      return model.grid(Copies.deep(grid.grid()));
    }
    if (op instanceof TypesSpecOp.Points points) {
      return model.points(points.points().clone());
    }
    if (op instanceof TypesSpecOp.Total total) {
      return model.total(total.values());
    }
    if (op instanceof TypesSpecOp.Letters letters) {
      return model.letters(letters.words());
    }
    throw new IllegalArgumentException("Not an operation of TypesSpec: " + op);
  }

  @Override
  public Object applyToImpl(TypesSpecOp op, Types impl, Refs refs) throws Exception {
    if (op instanceof TypesSpecOp.Point point) {
      impl.point(point.point());
      return null;
    }
    if (op instanceof TypesSpecOp.Segment segment) {
      impl.segment(segment.segment());
      return null;
    }
    if (op instanceof TypesSpecOp.Pair pair) {
      impl.pair(pair.pair());
      return null;
    }
    if (op instanceof TypesSpecOp.Tagged tagged) {
      impl.tagged(tagged.tagged());
      return null;
    }
    if (op instanceof TypesSpecOp.Origin origin) {
      impl.origin(origin.origin());
      return null;
    }
    if (op instanceof TypesSpecOp.Present present) {
      return impl.present(present.point());
    }
    if (op instanceof TypesSpecOp.Count count) {
      return impl.count(count.points());
    }
    if (op instanceof TypesSpecOp.Colors colors) {
      return impl.colors(colors.colors());
    }
    if (op instanceof TypesSpecOp.Weights weights) {
      return impl.weights(weights.weights());
    }
    if (op instanceof TypesSpecOp.Nested nested) {
      return impl.nested(nested.segments());
    }
    if (op instanceof TypesSpecOp.Small small) {
      return impl.small(small.small());
    }
    if (op instanceof TypesSpecOp.Wide wide) {
      return impl.wide(wide.points());
    }
    if (op instanceof TypesSpecOp.Words words) {
      return impl.words(words.words());
    }
    if (op instanceof TypesSpecOp.Sorted sorted) {
      return impl.sorted(sorted.digits().clone());
    }
    if (op instanceof TypesSpecOp.Bits bits) {
      return impl.bits(bits.flags().clone(), bits.bytes().clone(), bits.shorts().clone(),
          bits.chars().clone());
    }
    if (op instanceof TypesSpecOp.Numbers numbers) {
      return impl.numbers(numbers.longs().clone(), numbers.floats().clone(),
          numbers.doubles().clone());
    }
    if (op instanceof TypesSpecOp.Names names) {
      return impl.names(names.names().clone());
    }
    if (op instanceof TypesSpecOp.Grid grid) {
      return impl.grid(Copies.deep(grid.grid()));
    }
    if (op instanceof TypesSpecOp.Points points) {
      return impl.points(points.points().clone());
    }
    if (op instanceof TypesSpecOp.Total total) {
      return impl.total(total.values());
    }
    if (op instanceof TypesSpecOp.Letters letters) {
      return impl.letters(letters.words());
    }
    throw new IllegalArgumentException("Not an operation of TypesSpec: " + op);
  }

  @Override
  public boolean sameResult(TypesSpecOp op, Object modelResult, Object implResult) {
    if (op instanceof TypesSpecOp.Sorted) {
      return Arrays.equals((int[]) modelResult, (int[]) implResult);
    }
    return Objects.equals(modelResult, implResult);
  }

  @Override
  public boolean invariant(int index, TypesModel model, Types impl) throws Exception {
    throw new IndexOutOfBoundsException("TypesSpec has no invariant " + index);
  }

  @Override
  public boolean enabled(int index, TypesModel model) {
    return true;
  }

  @Override
  public boolean accepts(TypesSpecOp op, TypesModel model, Refs refs) {
    return true;
  }

  @Override
  public long runUnrecorded(int index, UnrecordedStep step, TypesModel model, Types impl) throws
      Exception {
    switch (index) {
      case 0 -> {
        Point point = step.next();
        step.callingModel();
        model.point(point);
        step.callingImpl();
        impl.point(point);
        return UnrecordedStep.AGREED;
      }
      case 1 -> {
        Segment segment = step.next();
        step.callingModel();
        model.segment(segment);
        step.callingImpl();
        impl.segment(segment);
        return UnrecordedStep.AGREED;
      }
      case 2 -> {
        Pair<Integer, String> pair = step.next();
        step.callingModel();
        model.pair(pair);
        step.callingImpl();
        impl.pair(pair);
        return UnrecordedStep.AGREED;
      }
      case 3 -> {
        Tagged tagged = step.next();
        step.callingModel();
        model.tagged(tagged);
        step.callingImpl();
        impl.tagged(tagged);
        return UnrecordedStep.AGREED;
      }
      case 4 -> {
        Point origin = step.next();
        step.callingModel();
        model.origin(origin);
        step.callingImpl();
        impl.origin(origin);
        return UnrecordedStep.AGREED;
      }
      case 5 -> {
        Optional<Point> point = step.next();
        step.callingModel();
        boolean modelResult = model.present(point);
        step.callingImpl();
        boolean implResult = impl.present(point);
        return modelResult == implResult ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 6 -> {
        List<Point> points = step.next();
        step.callingModel();
        int modelResult = model.count(points);
        step.callingImpl();
        int implResult = impl.count(points);
        return modelResult == implResult ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 7 -> {
        Set<Color> colors = step.next();
        step.callingModel();
        int modelResult = model.colors(colors);
        step.callingImpl();
        int implResult = impl.colors(colors);
        return modelResult == implResult ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 8 -> {
        Map<String, int[]> weights = step.next();
        step.callingModel();
        int modelResult = model.weights(weights);
        step.callingImpl();
        int implResult = impl.weights(weights);
        return modelResult == implResult ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 9 -> {
        List<Optional<Segment>> segments = step.next();
        step.callingModel();
        int modelResult = model.nested(segments);
        step.callingImpl();
        int implResult = impl.nested(segments);
        return modelResult == implResult ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 10 -> {
        List<Integer> small = step.next();
        step.callingModel();
        int modelResult = model.small(small);
        step.callingImpl();
        int implResult = impl.small(small);
        return modelResult == implResult ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 11 -> {
        List<? extends Point> points = step.next();
        step.callingModel();
        int modelResult = model.wide(points);
        step.callingImpl();
        int implResult = impl.wide(points);
        return modelResult == implResult ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 12 -> {
        List<String> words = step.next();
        step.callingModel();
        int modelResult = model.words(words);
        step.callingImpl();
        int implResult = impl.words(words);
        return modelResult == implResult ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 14 -> {
        boolean[] flags = step.next();
        byte[] bytes = step.next();
        short[] shorts = step.next();
        char[] chars = step.next();
        step.callingModel();
        int modelResult = model.bits(flags.clone(), bytes.clone(), shorts.clone(), chars.clone());
        step.callingImpl();
        int implResult = impl.bits(flags.clone(), bytes.clone(), shorts.clone(), chars.clone());
        return modelResult == implResult ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 15 -> {
        long[] longs = step.next();
        float[] floats = step.next();
        double[] doubles = step.next();
        step.callingModel();
        int modelResult = model.numbers(longs.clone(), floats.clone(), doubles.clone());
        step.callingImpl();
        int implResult = impl.numbers(longs.clone(), floats.clone(), doubles.clone());
        return modelResult == implResult ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 16 -> {
        String[] names = step.next();
        step.callingModel();
        int modelResult = model.names(names.clone());
        step.callingImpl();
        int implResult = impl.names(names.clone());
        return modelResult == implResult ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 17 -> {
        int[][] grid = step.next();
        step.callingModel();
        int modelResult = model.grid(Copies.deep(grid));
        step.callingImpl();
        int implResult = impl.grid(Copies.deep(grid));
        return modelResult == implResult ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 18 -> {
        Point[] points = step.next();
        step.callingModel();
        int modelResult = model.points(points.clone());
        step.callingImpl();
        int implResult = impl.points(points.clone());
        return modelResult == implResult ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 19 -> {
        Collection<Integer> values = step.next();
        step.callingModel();
        int modelResult = model.total(values);
        step.callingImpl();
        int implResult = impl.total(values);
        return modelResult == implResult ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 20 -> {
        Iterable<String> words = step.next();
        step.callingModel();
        int modelResult = model.letters(words);
        step.callingImpl();
        int implResult = impl.letters(words);
        return modelResult == implResult ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      default -> {
        return UnrecordedStep.NOT_HERE;
      }
    }
  }

  @Override
  public Class<?> specType() {
    return TypesSpec.class;
  }

  @Override
  public Class<?> implType() {
    return Types.class;
  }

  @Override
  public Settings declared() {
    return Settings.defaults().withTimeout(Duration.ofSeconds(2));
  }

  @Override
  public List<SetupInfo> setups() {
    return SETUPS;
  }

  @Override
  public List<OperationInfo> operations() {
    return OPERATIONS;
  }

  @Override
  public List<InvariantInfo> invariants() {
    return INVARIANTS;
  }

  @Override
  @SuppressWarnings("unchecked")
  public TypesSpecOp operation(int index, List<Object> args) {
    return switch (index) {
      case 0 -> new TypesSpecOp.Point((Point) args.get(0));
      case 1 -> new TypesSpecOp.Segment((Segment) args.get(0));
      case 2 -> new TypesSpecOp.Pair((Pair<Integer, String>) args.get(0));
      case 3 -> new TypesSpecOp.Tagged((Tagged) args.get(0));
      case 4 -> new TypesSpecOp.Origin((Point) args.get(0));
      case 5 -> new TypesSpecOp.Present((Optional<Point>) args.get(0));
      case 6 -> new TypesSpecOp.Count((List<Point>) args.get(0));
      case 7 -> new TypesSpecOp.Colors((Set<Color>) args.get(0));
      case 8 -> new TypesSpecOp.Weights((Map<String, int[]>) args.get(0));
      case 9 -> new TypesSpecOp.Nested((List<Optional<Segment>>) args.get(0));
      case 10 -> new TypesSpecOp.Small((List<Integer>) args.get(0));
      case 11 -> new TypesSpecOp.Wide((List<? extends Point>) args.get(0));
      case 12 -> new TypesSpecOp.Words((List<String>) args.get(0));
      case 13 -> new TypesSpecOp.Sorted((int[]) args.get(0));
      case 14 -> new TypesSpecOp.Bits((boolean[]) args.get(0), (byte[]) args.get(1),
          (short[]) args.get(2), (char[]) args.get(3));
      case 15 -> new TypesSpecOp.Numbers((long[]) args.get(0), (float[]) args.get(1),
          (double[]) args.get(2));
      case 16 -> new TypesSpecOp.Names((String[]) args.get(0));
      case 17 -> new TypesSpecOp.Grid((int[][]) args.get(0));
      case 18 -> new TypesSpecOp.Points((Point[]) args.get(0));
      case 19 -> new TypesSpecOp.Total((Collection<Integer>) args.get(0));
      case 20 -> new TypesSpecOp.Letters((Iterable<String>) args.get(0));
      default -> throw new IndexOutOfBoundsException("TypesSpec has no operation " + index);
    };
  }

  @Override
  public TypesSpecOp draw(int index, Draws draws) {
    return switch (index) {
      case 0 -> new TypesSpecOp.Point(draws.next());
      case 1 -> new TypesSpecOp.Segment(draws.next());
      case 2 -> new TypesSpecOp.Pair(draws.next());
      case 3 -> new TypesSpecOp.Tagged(draws.next());
      case 4 -> new TypesSpecOp.Origin(draws.next());
      case 5 -> new TypesSpecOp.Present(draws.next());
      case 6 -> new TypesSpecOp.Count(draws.next());
      case 7 -> new TypesSpecOp.Colors(draws.next());
      case 8 -> new TypesSpecOp.Weights(draws.next());
      case 9 -> new TypesSpecOp.Nested(draws.next());
      case 10 -> new TypesSpecOp.Small(draws.next());
      case 11 -> new TypesSpecOp.Wide(draws.next());
      case 12 -> new TypesSpecOp.Words(draws.next());
      case 13 -> new TypesSpecOp.Sorted(draws.next());
      case 14 -> new TypesSpecOp.Bits(draws.next(), draws.next(), draws.next(), draws.next());
      case 15 -> new TypesSpecOp.Numbers(draws.next(), draws.next(), draws.next());
      case 16 -> new TypesSpecOp.Names(draws.next());
      case 17 -> new TypesSpecOp.Grid(draws.next());
      case 18 -> new TypesSpecOp.Points(draws.next());
      case 19 -> new TypesSpecOp.Total(draws.next());
      case 20 -> new TypesSpecOp.Letters(draws.next());
      default -> throw new IndexOutOfBoundsException("TypesSpec has no operation " + index);
    };
  }

  @Override
  public int indexOf(TypesSpecOp op) {
    if (op instanceof TypesSpecOp.Point) {
      return 0;
    }
    if (op instanceof TypesSpecOp.Segment) {
      return 1;
    }
    if (op instanceof TypesSpecOp.Pair) {
      return 2;
    }
    if (op instanceof TypesSpecOp.Tagged) {
      return 3;
    }
    if (op instanceof TypesSpecOp.Origin) {
      return 4;
    }
    if (op instanceof TypesSpecOp.Present) {
      return 5;
    }
    if (op instanceof TypesSpecOp.Count) {
      return 6;
    }
    if (op instanceof TypesSpecOp.Colors) {
      return 7;
    }
    if (op instanceof TypesSpecOp.Weights) {
      return 8;
    }
    if (op instanceof TypesSpecOp.Nested) {
      return 9;
    }
    if (op instanceof TypesSpecOp.Small) {
      return 10;
    }
    if (op instanceof TypesSpecOp.Wide) {
      return 11;
    }
    if (op instanceof TypesSpecOp.Words) {
      return 12;
    }
    if (op instanceof TypesSpecOp.Sorted) {
      return 13;
    }
    if (op instanceof TypesSpecOp.Bits) {
      return 14;
    }
    if (op instanceof TypesSpecOp.Numbers) {
      return 15;
    }
    if (op instanceof TypesSpecOp.Names) {
      return 16;
    }
    if (op instanceof TypesSpecOp.Grid) {
      return 17;
    }
    if (op instanceof TypesSpecOp.Points) {
      return 18;
    }
    if (op instanceof TypesSpecOp.Total) {
      return 19;
    }
    if (op instanceof TypesSpecOp.Letters) {
      return 20;
    }
    throw new IllegalArgumentException("Not an operation of TypesSpec: " + op);
  }

  @Override
  public List<Object> argumentsOf(TypesSpecOp op) {
    if (op instanceof TypesSpecOp.Point point) {
      return Arrays.asList(point.point());
    }
    if (op instanceof TypesSpecOp.Segment segment) {
      return Arrays.asList(segment.segment());
    }
    if (op instanceof TypesSpecOp.Pair pair) {
      return Arrays.asList(pair.pair());
    }
    if (op instanceof TypesSpecOp.Tagged tagged) {
      return Arrays.asList(tagged.tagged());
    }
    if (op instanceof TypesSpecOp.Origin origin) {
      return Arrays.asList(origin.origin());
    }
    if (op instanceof TypesSpecOp.Present present) {
      return Arrays.asList(present.point());
    }
    if (op instanceof TypesSpecOp.Count count) {
      return Arrays.asList(count.points());
    }
    if (op instanceof TypesSpecOp.Colors colors) {
      return Arrays.asList(colors.colors());
    }
    if (op instanceof TypesSpecOp.Weights weights) {
      return Arrays.asList(weights.weights());
    }
    if (op instanceof TypesSpecOp.Nested nested) {
      return Arrays.asList(nested.segments());
    }
    if (op instanceof TypesSpecOp.Small small) {
      return Arrays.asList(small.small());
    }
    if (op instanceof TypesSpecOp.Wide wide) {
      return Arrays.asList(wide.points());
    }
    if (op instanceof TypesSpecOp.Words words) {
      return Arrays.asList(words.words());
    }
    if (op instanceof TypesSpecOp.Sorted sorted) {
      return Arrays.asList(sorted.digits());
    }
    if (op instanceof TypesSpecOp.Bits bits) {
      return Arrays.asList(bits.flags(), bits.bytes(), bits.shorts(), bits.chars());
    }
    if (op instanceof TypesSpecOp.Numbers numbers) {
      return Arrays.asList(numbers.longs(), numbers.floats(), numbers.doubles());
    }
    if (op instanceof TypesSpecOp.Names names) {
      return Arrays.asList((Object) names.names());
    }
    if (op instanceof TypesSpecOp.Grid grid) {
      return Arrays.asList((Object) grid.grid());
    }
    if (op instanceof TypesSpecOp.Points points) {
      return Arrays.asList((Object) points.points());
    }
    if (op instanceof TypesSpecOp.Total total) {
      return Arrays.asList(total.values());
    }
    if (op instanceof TypesSpecOp.Letters letters) {
      return Arrays.asList(letters.words());
    }
    throw new IllegalArgumentException("Not an operation of TypesSpec: " + op);
  }
}

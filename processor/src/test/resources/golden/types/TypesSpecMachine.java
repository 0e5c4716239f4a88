package dev.modelof.example.types;

import dev.modelof.Check;
import dev.modelof.Copies;
import dev.modelof.Draws;
import dev.modelof.Factory;
import dev.modelof.Gen;
import dev.modelof.Gens;
import dev.modelof.Machine;
import dev.modelof.Operation;
import dev.modelof.Param;
import dev.modelof.Refs;
import dev.modelof.Settings;
import dev.modelof.Setup;
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
  private static final Gen<Point> POINT = Gens.records("dev.modelof.example.types.Point",
      c -> new Point((int) c.get(0), (int) c.get(1)),
      p -> Arrays.asList(p.x(), p.y()),
      Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE),
      Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE));

  private static final Gen<Segment> SEGMENT = Gens.records("dev.modelof.example.types.Segment",
      c -> new Segment((Point) c.get(0), (Point) c.get(1)),
      s -> Arrays.asList(s.from(), s.to()),
      POINT,
      POINT);

  private static final Gen<Pair<Integer, String>> PAIR = Gens.records("dev.modelof.example.types.Pair<>",
      c -> new Pair<Integer, String>((Integer) c.get(0), (String) c.get(1)),
      p -> Arrays.asList(p.first(), p.second()),
      Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE),
      Gens.strings(0, Settings.DEFAULT_MAX_SIZE));

  @SuppressWarnings("unchecked")
  private static final Gen<Tagged> TAGGED = Gens.records("dev.modelof.example.types.Tagged",
      c -> new Tagged((String) c.get(0), (int) c.get(1), (List<Integer>) c.get(2)),
      t -> Arrays.asList(t.tag(), t.weight(), t.ones()),
      Gens.strings(0, 3),
      Gens.ints(0, 9),
      Gens.lists(Gens.ints(1, 2), 0, Settings.DEFAULT_MAX_SIZE));

  private static final List<Factory> FACTORIES = List.of(
      new Factory("model",
          List.of(Param.of("seeds", Gens.intArrays(Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE),
          0, 3))), "dev.modelof.example.types.TypesSpec", "dev.modelof.example.types.Types", null));

  private static final List<Operation> OPERATIONS = List.of(
      new Operation("point", 1, List.of(Param.of("point", POINT)), Operation.Result.VOID, "void",
          null),
      new Operation("segment", 1, List.of(Param.of("segment", SEGMENT)), Operation.Result.VOID,
          "void", null),
      new Operation("pair", 1, List.of(Param.of("pair", PAIR)), Operation.Result.VOID, "void",
          null),
      new Operation("tagged", 1, List.of(Param.of("tagged", TAGGED)), Operation.Result.VOID, "void",
          null),
      new Operation("origin", 1, List.of(Param.of("origin", new Origins())), Operation.Result.VOID,
          "void", null),
      new Operation("present", 1, List.of(Param.of("point", Gens.optionals(POINT))),
          Operation.Result.VALUE, "boolean", null),
      new Operation("count", 1, List.of(Param.of("points", Gens.lists(POINT, 1, 2))),
          Operation.Result.VALUE, "int", null),
      new Operation("colors", 1, List.of(Param.of("colors", Gens.sets(Gens.enums(Color.values()), 0,
          Settings.DEFAULT_MAX_SIZE))), Operation.Result.VALUE, "int", null),
      new Operation("weights", 1,
          List.of(Param.of("weights", Gens.maps(Gens.strings(0, Settings.DEFAULT_MAX_SIZE),
          Gens.intArrays(Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE), 0,
          Settings.DEFAULT_MAX_SIZE), 0, Settings.DEFAULT_MAX_SIZE))), Operation.Result.VALUE,
          "int", null),
      new Operation("nested", 1, List.of(Param.of("segments", Gens.lists(Gens.optionals(SEGMENT), 0,
          Settings.DEFAULT_MAX_SIZE))), Operation.Result.VALUE, "int", null),
      new Operation("small", 1, List.of(Param.of("small", Gens.lists(Gens.ints(0, 9), 0,
          Settings.DEFAULT_MAX_SIZE))), Operation.Result.VALUE, "int", null),
      new Operation("wide", 1, List.of(Param.of("points", Gens.lists(POINT, 0,
          Settings.DEFAULT_MAX_SIZE))), Operation.Result.VALUE, "int", null),
      new Operation("words", 1,
          List.of(Param.of("words", Gens.lists(new Words(), 0, Settings.DEFAULT_MAX_SIZE))),
          Operation.Result.VALUE, "int", null),
      new Operation("sorted", 1, List.of(Param.of("digits", Gens.intArrays(Gens.ints(0, 9), 0, 4))),
          Operation.Result.VALUE, "int[]", null),
      new Operation("bits", 1, List.of(Param.of("flags", Gens.booleanArrays(Gens.booleans(), 0,
          Settings.DEFAULT_MAX_SIZE)),
          Param.of("bytes", Gens.byteArrays(Gens.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE), 0,
          Settings.DEFAULT_MAX_SIZE)),
          Param.of("shorts", Gens.shortArrays(Gens.shorts(Short.MIN_VALUE, Short.MAX_VALUE), 0,
          Settings.DEFAULT_MAX_SIZE)),
          Param.of("chars", Gens.charArrays(Gens.chars(Character.MIN_VALUE, Character.MAX_VALUE), 0,
          Settings.DEFAULT_MAX_SIZE))), Operation.Result.VALUE, "int", null),
      new Operation("numbers", 1,
          List.of(Param.of("longs", Gens.longArrays(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE), 0,
          Settings.DEFAULT_MAX_SIZE)),
          Param.of("floats", Gens.floatArrays(Gens.floats(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
          0, Settings.DEFAULT_MAX_SIZE)),
          Param.of("doubles", Gens.doubleArrays(Gens.doubles(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
          0, Settings.DEFAULT_MAX_SIZE))), Operation.Result.VALUE, "int", null),
      new Operation("names", 1,
          List.of(Param.of("names", Gens.arrays(Gens.strings(0, Settings.DEFAULT_MAX_SIZE), 1, 2,
          String[]::new))), Operation.Result.VALUE, "int", null),
      new Operation("grid", 1,
          List.of(Param.of("grid", Gens.arrays(Gens.intArrays(Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE),
          0, Settings.DEFAULT_MAX_SIZE), 0, 2, int[][]::new))), Operation.Result.VALUE, "int",
          null),
      new Operation("points", 1, List.of(Param.of("points", Gens.arrays(POINT, 0,
          Settings.DEFAULT_MAX_SIZE, Point[]::new))), Operation.Result.VALUE, "int", null),
      new Operation("total", 1,
          List.of(Param.of("values", Gens.lists(Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE), 0,
          3))), Operation.Result.VALUE, "int", null),
      new Operation("letters", 1,
          List.of(Param.of("words", Gens.lists(Gens.strings(0, Settings.DEFAULT_MAX_SIZE), 0,
          Settings.DEFAULT_MAX_SIZE))), Operation.Result.VALUE, "int", null));

  private static final List<Check> INVARIANTS = List.of();

  @Override
  public String specType() {
    return "dev.modelof.example.types.TypesSpec";
  }

  @Override
  public String implType() {
    return "dev.modelof.example.types.Types";
  }

  @Override
  public Settings declared() {
    return Settings.declared(200, 200, "", "2s");
  }

  @Override
  public List<Factory> factories() {
    return FACTORIES;
  }

  @Override
  public List<Operation> operations() {
    return OPERATIONS;
  }

  @Override
  public List<Check> invariants() {
    return INVARIANTS;
  }

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

  @Override
  public boolean enabled(int index, TypesModel model) {
    return true;
  }

  @Override
  public boolean accepts(TypesSpecOp op, TypesModel model, Refs refs) {
    return true;
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
}

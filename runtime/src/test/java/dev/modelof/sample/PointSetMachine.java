package dev.modelof.sample;

import dev.modelof.Gen;
import dev.modelof.Gens;
import dev.modelof.Settings;
import dev.modelof.Setup;
import dev.modelof.Size;
import dev.modelof.internal.Generators;
import dev.modelof.internal.InvariantInfo;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.ParameterInfo;
import dev.modelof.internal.Refs;
import dev.modelof.internal.SetupInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A machine written by hand in the shape the processor generates for a spec whose arguments are records. */
public final class PointSetMachine implements Machine<PointSetSpec.Model, PointSet, PointSetMachine.Op> {
  /** The operations. */
  public sealed interface Op permits Add, AddAll, Contains, Size {}

  public record Add(Point point) implements Op {}

  public record AddAll(List<Point> points) implements Op {}

  public record Contains(Point point) implements Op {}

  public record Size() implements Op {}

  private static final Gen<Point> POINTS = Generators.records(Point.class,
      c -> new Point((int) c.get(0), (int) c.get(1)), p -> List.of(p.x(), p.y()),
      Gens.ints(-10, 10), Gens.ints(-10, 10));

  @Override
  public Class<?> specType() {
    return dev.modelof.sample.PointSetSpec.class;
  }

  @Override
  public Class<?> implType() {
    return dev.modelof.sample.PointSet.class;
  }

  @Override
  public Settings declared() {
    return Settings.defaults().withTries(200).withSteps(50);
  }

  @Override
  public List<SetupInfo> setups() {
    return List.of(new SetupInfo("model", List.of(), null));
  }

  @Override
  public List<OperationInfo> operations() {
    return List.of(
        OperationInfo.call("add", ParameterInfo.of("point", POINTS)),
        OperationInfo.call("addAll", ParameterInfo.of("points", Gens.lists(POINTS, 0, 10))),
        OperationInfo.value("contains", ParameterInfo.of("point", POINTS)).weight(2),
        OperationInfo.value("size"));
  }

  @Override
  public List<InvariantInfo> invariants() {
    return List.of();
  }

  @Override
  public PointSetSpec.Model newModel(Setup setup) {
    return PointSetSpec.model();
  }

  @Override
  public PointSet newImpl(Setup setup) {
    return new PointSet();
  }

  @Override
  @SuppressWarnings("unchecked") // addAll's argument is a list of points
  public Op operation(int index, List<Object> args) {
    return switch (index) {
      case 0 -> new Add((Point) args.get(0));
      case 1 -> new AddAll((List<Point>) args.get(0));
      case 2 -> new Contains((Point) args.get(0));
      case 3 -> new Size();
      default -> throw new IndexOutOfBoundsException(index);
    };
  }

  @Override
  public int indexOf(Op op) {
    if (op instanceof Add) {
      return 0;
    }
    if (op instanceof AddAll) {
      return 1;
    }
    return op instanceof Contains ? 2 : 3;
  }

  @Override
  public List<Object> argumentsOf(Op op) {
    if (op instanceof Add add) {
      return Arrays.asList(add.point());
    }
    if (op instanceof AddAll addAll) {
      return Arrays.asList(addAll.points());
    }
    if (op instanceof Contains contains) {
      return Arrays.asList(contains.point());
    }
    return List.of();
  }

  @Override
  public boolean enabled(int index, PointSetSpec.Model model) {
    return true;
  }

  @Override
  public boolean accepts(Op op, PointSetSpec.Model model, Refs refs) {
    return true;
  }

  @Override
  public Object applyToModel(Op op, PointSetSpec.Model model, Refs refs) {
    if (op instanceof Add add) {
      model.add(add.point());
      return null;
    }
    if (op instanceof AddAll addAll) {
      model.addAll(addAll.points());
      return null;
    }
    return op instanceof Contains contains ? (Object) model.contains(contains.point()) : (Object) model.size();
  }

  @Override
  public Object applyToImpl(Op op, PointSet impl, Refs refs) {
    if (op instanceof Add add) {
      impl.add(add.point());
      return null;
    }
    if (op instanceof AddAll addAll) {
      impl.addAll(addAll.points());
      return null;
    }
    return op instanceof Contains contains ? (Object) impl.contains(contains.point()) : (Object) impl.size();
  }

  @Override
  public boolean sameResult(Op op, Object modelResult, Object implResult) {
    return Objects.equals(modelResult, implResult);
  }

  @Override
  public boolean invariant(int index, PointSetSpec.Model model, PointSet impl) {
    throw new IndexOutOfBoundsException(index);
  }
}

package dev.modelof.sample;

import dev.modelof.Check;
import dev.modelof.Factory;
import dev.modelof.Gens;
import dev.modelof.Machine;
import dev.modelof.Operation;
import dev.modelof.Param;
import dev.modelof.Refs;
import dev.modelof.Settings;
import dev.modelof.Setup;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A machine written by hand in the shape the processor generates, for an int-keyed map whose keys
 * and values are unbounded ints: {@code put}, {@code get}, {@code remove}, {@code size}.
 */
public final class MapMachine implements Machine<MapModel, ArrayMap, MapMachine.Op> {
  /** The operations. */
  public sealed interface Op permits Put, Get, Remove, Size {}

  public record Put(int key, int value) implements Op {}

  public record Get(int key) implements Op {}

  public record Remove(int key) implements Op {}

  public record Size() implements Op {}

  private final boolean closingModel;

  /** The map machine; with {@code closingModel}, its model is {@link AutoCloseable}. */
  public MapMachine(boolean closingModel) {
    this.closingModel = closingModel;
  }

  public MapMachine() {
    this(false);
  }

  @Override
  public String specType() {
    return "dev.modelof.sample.MapSpec";
  }

  @Override
  public String implType() {
    return "dev.modelof.sample.ArrayMap";
  }

  @Override
  public Settings declared() {
    return Settings.declared(200, 50, "");
  }

  @Override
  public List<Factory> factories() {
    return List.of(new Factory("model", List.of(), specType(), implType(), null));
  }

  @Override
  public List<Operation> operations() {
    return List.of(
        new Operation("put", 1, List.of(Param.of("key", Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE)),
            Param.of("value", Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE))),
            Operation.Result.VALUE, "java.lang.Integer", null),
        new Operation("get", 1, List.of(Param.of("key", Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE))),
            Operation.Result.VALUE, "java.lang.Integer", null),
        new Operation("remove", 1, List.of(Param.of("key", Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE))),
            Operation.Result.VALUE, "java.lang.Integer", null),
        new Operation("size", 1, List.of(), Operation.Result.VALUE, "int", null));
  }

  @Override
  public List<Check> invariants() {
    return List.of();
  }

  @Override
  public MapModel newModel(Setup setup) {
    return closingModel ? new MapModel.Closing() : MapSpec.model();
  }

  @Override
  public ArrayMap newImpl(Setup setup) {
    return new ArrayMap();
  }

  @Override
  public Op operation(int index, List<Object> args) {
    return switch (index) {
      case 0 -> new Put((int) args.get(0), (int) args.get(1));
      case 1 -> new Get((int) args.get(0));
      case 2 -> new Remove((int) args.get(0));
      case 3 -> new Size();
      default -> throw new IndexOutOfBoundsException(index);
    };
  }

  @Override
  public int indexOf(Op op) {
    if (op instanceof Put) {
      return 0;
    }
    if (op instanceof Get) {
      return 1;
    }
    return op instanceof Remove ? 2 : 3;
  }

  @Override
  public List<Object> argumentsOf(Op op) {
    if (op instanceof Put put) {
      return Arrays.asList(put.key(), put.value());
    }
    if (op instanceof Get get) {
      return Arrays.asList(get.key());
    }
    if (op instanceof Remove remove) {
      return Arrays.asList(remove.key());
    }
    return List.of();
  }

  @Override
  public boolean enabled(int index, MapModel model) {
    return true;
  }

  @Override
  public boolean accepts(Op op, MapModel model, Refs refs) {
    return true;
  }

  @Override
  public Object applyToModel(Op op, MapModel model, Refs refs) {
    if (op instanceof Put put) {
      return model.put(put.key(), put.value());
    }
    if (op instanceof Get get) {
      return model.get(get.key());
    }
    if (op instanceof Remove remove) {
      return model.remove(remove.key());
    }
    return model.size();
  }

  @Override
  public Object applyToImpl(Op op, ArrayMap impl, Refs refs) {
    if (op instanceof Put put) {
      return impl.put(put.key(), put.value());
    }
    if (op instanceof Get get) {
      return impl.get(get.key());
    }
    if (op instanceof Remove remove) {
      return impl.remove(remove.key());
    }
    return impl.size();
  }

  @Override
  public boolean sameResult(Op op, Object modelResult, Object implResult) {
    return Objects.equals(modelResult, implResult);
  }

  @Override
  public boolean invariant(int index, MapModel model, ArrayMap impl) {
    throw new IndexOutOfBoundsException(index);
  }
}

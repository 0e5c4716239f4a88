package dev.modelof.sample;

import dev.modelof.Gens;
import dev.modelof.Settings;
import dev.modelof.Setup;
import dev.modelof.Size;
import dev.modelof.internal.InvariantInfo;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.ParameterInfo;
import dev.modelof.internal.Refs;
import dev.modelof.internal.SetupInfo;
import dev.modelof.internal.UnrecordedStep;
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
  public Class<?> specType() {
    return dev.modelof.sample.MapSpec.class;
  }

  @Override
  public Class<?> implType() {
    return dev.modelof.sample.ArrayMap.class;
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
        OperationInfo.value("put", ParameterInfo.of("key", Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE)),
            ParameterInfo.of("value", Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE))),
        OperationInfo.value("get", ParameterInfo.of("key", Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE))),
        OperationInfo.value("remove", ParameterInfo.of("key", Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE))),
        OperationInfo.value("size"));
  }

  @Override
  public List<InvariantInfo> invariants() {
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

  /** As the processor writes it: the arguments drawn into locals, both sides called, the results compared. */
  @Override
  public long runUnrecorded(int index, UnrecordedStep step, MapModel model, ArrayMap impl) {
    switch (index) {
      case 0 -> {
        int key = step.nextInt();
        int value = step.nextInt();
        Object modelResult = model.put(key, value);
        Object implResult = impl.put(key, value);
        return Objects.equals(modelResult, implResult) ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 1 -> {
        int key = step.nextInt();
        Object modelResult = model.get(key);
        Object implResult = impl.get(key);
        return Objects.equals(modelResult, implResult) ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 2 -> {
        int key = step.nextInt();
        Object modelResult = model.remove(key);
        Object implResult = impl.remove(key);
        return Objects.equals(modelResult, implResult) ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 3 -> {
        int modelResult = model.size();
        int implResult = impl.size();
        return modelResult == implResult ? UnrecordedStep.size(modelResult) : UnrecordedStep.DIFFERS;
      }
      default -> {
        return UnrecordedStep.NOT_HERE;
      }
    }
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

package dev.modelof.example.btree;

import dev.modelof.Gens;
import dev.modelof.Setup;
import dev.modelof.internal.Draws;
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
import javax.annotation.processing.Generated;

/**
 * Checks {@link BTree} against the model of {@link BTreeSpec}: descriptors and direct calls.
 */
@Generated("dev.modelof.processor.ModelOfProcessor")
@SuppressWarnings({"deprecation", "removal"})
public final class BTreeSpecMachine implements Machine<TreeMapModel, BTree, BTreeSpecOp> {
  private static final List<SetupInfo> SETUPS = List.of(
      SetupInfo.of("model", ParameterInfo.of("degree", Gens.ints(2, 4))));

  private static final List<OperationInfo> OPERATIONS = List.of(
      OperationInfo.value("put", ParameterInfo.of("key", Gens.ints()),
          ParameterInfo.of("value", Gens.ints())).weight(4),
      OperationInfo.value("remove", ParameterInfo.of("key", Gens.ints())).weight(2),
      OperationInfo.value("get", ParameterInfo.of("key", Gens.ints())),
      OperationInfo.value("containsKey", ParameterInfo.of("key", Gens.ints())),
      OperationInfo.value("size"),
      OperationInfo.value("firstKey"),
      OperationInfo.value("lastKey"),
      OperationInfo.value("floorKey", ParameterInfo.of("key", Gens.ints())),
      OperationInfo.value("ceilingKey", ParameterInfo.of("key", Gens.ints())));

  private static final List<InvariantInfo> INVARIANTS = List.of(
      InvariantInfo.onImpl("wellFormed").throwing());

  @Override
  public TreeMapModel newModel(Setup setup) throws Exception {
    int degree = setup.arg(0);
    return BTreeSpec.model(degree);
  }

  @Override
  public BTree newImpl(Setup setup) throws Exception {
    int degree = setup.arg(0);
    return new BTree(degree);
  }

  @Override
  public Object applyToModel(BTreeSpecOp op, TreeMapModel model, Refs refs) throws Exception {
    if (op instanceof BTreeSpecOp.Put put) {
      return model.put(put.key(), put.value());
    }
    if (op instanceof BTreeSpecOp.Remove remove) {
      return model.remove(remove.key());
    }
    if (op instanceof BTreeSpecOp.Get get) {
      return model.get(get.key());
    }
    if (op instanceof BTreeSpecOp.ContainsKey containsKey) {
      return model.containsKey(containsKey.key());
    }
    if (op instanceof BTreeSpecOp.Size) {
      return model.size();
    }
    if (op instanceof BTreeSpecOp.FirstKey) {
      return model.firstKey();
    }
    if (op instanceof BTreeSpecOp.LastKey) {
      return model.lastKey();
    }
    if (op instanceof BTreeSpecOp.FloorKey floorKey) {
      return model.floorKey(floorKey.key());
    }
    if (op instanceof BTreeSpecOp.CeilingKey ceilingKey) {
      return model.ceilingKey(ceilingKey.key());
    }
    throw new IllegalArgumentException("Not an operation of BTreeSpec: " + op);
  }

  @Override
  public Object applyToImpl(BTreeSpecOp op, BTree impl, Refs refs) throws Exception {
    if (op instanceof BTreeSpecOp.Put put) {
      return impl.put(put.key(), put.value());
    }
    if (op instanceof BTreeSpecOp.Remove remove) {
      return impl.remove(remove.key());
    }
    if (op instanceof BTreeSpecOp.Get get) {
      return impl.get(get.key());
    }
    if (op instanceof BTreeSpecOp.ContainsKey containsKey) {
      return impl.containsKey(containsKey.key());
    }
    if (op instanceof BTreeSpecOp.Size) {
      return impl.size();
    }
    if (op instanceof BTreeSpecOp.FirstKey) {
      return impl.firstKey();
    }
    if (op instanceof BTreeSpecOp.LastKey) {
      return impl.lastKey();
    }
    if (op instanceof BTreeSpecOp.FloorKey floorKey) {
      return impl.floorKey(floorKey.key());
    }
    if (op instanceof BTreeSpecOp.CeilingKey ceilingKey) {
      return impl.ceilingKey(ceilingKey.key());
    }
    throw new IllegalArgumentException("Not an operation of BTreeSpec: " + op);
  }

  @Override
  public boolean sameResult(BTreeSpecOp op, Object modelResult, Object implResult) {
    return Objects.equals(modelResult, implResult);
  }

  @Override
  public boolean invariant(int index, TreeMapModel model, BTree impl) throws Exception {
    return switch (index) {
      case 0 -> {
        BTreeSpec.wellFormed(impl);
        yield true;
      }
      default -> throw new IndexOutOfBoundsException("BTreeSpec has no invariant " + index);
    };
  }

  @Override
  public boolean enabled(int index, TreeMapModel model) {
    return true;
  }

  @Override
  public boolean accepts(BTreeSpecOp op, TreeMapModel model, Refs refs) {
    return true;
  }

  @Override
  public long runUnrecorded(int index, UnrecordedStep step, TreeMapModel model, BTree impl) throws
      Exception {
    switch (index) {
      case 0 -> {
        int key = step.nextInt();
        int value = step.nextInt();
        step.callingModel();
        Object modelResult = model.put(key, value);
        step.callingImpl();
        Object implResult = impl.put(key, value);
        return Objects.equals(modelResult, implResult) ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 1 -> {
        int key = step.nextInt();
        step.callingModel();
        Object modelResult = model.remove(key);
        step.callingImpl();
        Object implResult = impl.remove(key);
        return Objects.equals(modelResult, implResult) ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 2 -> {
        int key = step.nextInt();
        step.callingModel();
        Object modelResult = model.get(key);
        step.callingImpl();
        Object implResult = impl.get(key);
        return Objects.equals(modelResult, implResult) ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 3 -> {
        int key = step.nextInt();
        step.callingModel();
        boolean modelResult = model.containsKey(key);
        step.callingImpl();
        boolean implResult = impl.containsKey(key);
        return modelResult == implResult ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 4 -> {
        step.callingModel();
        int modelResult = model.size();
        step.callingImpl();
        int implResult = impl.size();
        return modelResult == implResult ? UnrecordedStep.size(modelResult) : UnrecordedStep.DIFFERS;
      }
      case 5 -> {
        step.callingModel();
        Object modelResult = model.firstKey();
        step.callingImpl();
        Object implResult = impl.firstKey();
        return Objects.equals(modelResult, implResult) ? UnrecordedStep.size(modelResult) : UnrecordedStep.DIFFERS;
      }
      case 6 -> {
        step.callingModel();
        Object modelResult = model.lastKey();
        step.callingImpl();
        Object implResult = impl.lastKey();
        return Objects.equals(modelResult, implResult) ? UnrecordedStep.size(modelResult) : UnrecordedStep.DIFFERS;
      }
      case 7 -> {
        int key = step.nextInt();
        step.callingModel();
        Object modelResult = model.floorKey(key);
        step.callingImpl();
        Object implResult = impl.floorKey(key);
        return Objects.equals(modelResult, implResult) ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 8 -> {
        int key = step.nextInt();
        step.callingModel();
        Object modelResult = model.ceilingKey(key);
        step.callingImpl();
        Object implResult = impl.ceilingKey(key);
        return Objects.equals(modelResult, implResult) ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      default -> {
        return UnrecordedStep.NOT_HERE;
      }
    }
  }

  @Override
  public Class<?> specType() {
    return BTreeSpec.class;
  }

  @Override
  public Class<?> implType() {
    return BTree.class;
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
  public BTreeSpecOp operation(int index, List<Object> args) {
    return switch (index) {
      case 0 -> new BTreeSpecOp.Put((int) args.get(0), (int) args.get(1));
      case 1 -> new BTreeSpecOp.Remove((int) args.get(0));
      case 2 -> new BTreeSpecOp.Get((int) args.get(0));
      case 3 -> new BTreeSpecOp.ContainsKey((int) args.get(0));
      case 4 -> new BTreeSpecOp.Size();
      case 5 -> new BTreeSpecOp.FirstKey();
      case 6 -> new BTreeSpecOp.LastKey();
      case 7 -> new BTreeSpecOp.FloorKey((int) args.get(0));
      case 8 -> new BTreeSpecOp.CeilingKey((int) args.get(0));
      default -> throw new IndexOutOfBoundsException("BTreeSpec has no operation " + index);
    };
  }

  @Override
  public BTreeSpecOp draw(int index, Draws draws) {
    return switch (index) {
      case 0 -> new BTreeSpecOp.Put(draws.nextInt(), draws.nextInt());
      case 1 -> new BTreeSpecOp.Remove(draws.nextInt());
      case 2 -> new BTreeSpecOp.Get(draws.nextInt());
      case 3 -> new BTreeSpecOp.ContainsKey(draws.nextInt());
      case 4 -> new BTreeSpecOp.Size();
      case 5 -> new BTreeSpecOp.FirstKey();
      case 6 -> new BTreeSpecOp.LastKey();
      case 7 -> new BTreeSpecOp.FloorKey(draws.nextInt());
      case 8 -> new BTreeSpecOp.CeilingKey(draws.nextInt());
      default -> throw new IndexOutOfBoundsException("BTreeSpec has no operation " + index);
    };
  }

  @Override
  public int indexOf(BTreeSpecOp op) {
    if (op instanceof BTreeSpecOp.Put) {
      return 0;
    }
    if (op instanceof BTreeSpecOp.Remove) {
      return 1;
    }
    if (op instanceof BTreeSpecOp.Get) {
      return 2;
    }
    if (op instanceof BTreeSpecOp.ContainsKey) {
      return 3;
    }
    if (op instanceof BTreeSpecOp.Size) {
      return 4;
    }
    if (op instanceof BTreeSpecOp.FirstKey) {
      return 5;
    }
    if (op instanceof BTreeSpecOp.LastKey) {
      return 6;
    }
    if (op instanceof BTreeSpecOp.FloorKey) {
      return 7;
    }
    if (op instanceof BTreeSpecOp.CeilingKey) {
      return 8;
    }
    throw new IllegalArgumentException("Not an operation of BTreeSpec: " + op);
  }

  @Override
  public List<Object> argumentsOf(BTreeSpecOp op) {
    if (op instanceof BTreeSpecOp.Put put) {
      return Arrays.asList(put.key(), put.value());
    }
    if (op instanceof BTreeSpecOp.Remove remove) {
      return Arrays.asList(remove.key());
    }
    if (op instanceof BTreeSpecOp.Get get) {
      return Arrays.asList(get.key());
    }
    if (op instanceof BTreeSpecOp.ContainsKey containsKey) {
      return Arrays.asList(containsKey.key());
    }
    if (op instanceof BTreeSpecOp.Size) {
      return List.of();
    }
    if (op instanceof BTreeSpecOp.FirstKey) {
      return List.of();
    }
    if (op instanceof BTreeSpecOp.LastKey) {
      return List.of();
    }
    if (op instanceof BTreeSpecOp.FloorKey floorKey) {
      return Arrays.asList(floorKey.key());
    }
    if (op instanceof BTreeSpecOp.CeilingKey ceilingKey) {
      return Arrays.asList(ceilingKey.key());
    }
    throw new IllegalArgumentException("Not an operation of BTreeSpec: " + op);
  }
}

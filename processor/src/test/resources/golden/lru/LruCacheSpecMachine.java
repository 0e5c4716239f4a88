package dev.modelof.example.lru;

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
 * Checks {@link LruCache} against the model of {@link LruCacheSpec}: descriptors and direct calls.
 */
@Generated("dev.modelof.processor.ModelOfProcessor")
@SuppressWarnings({"deprecation", "removal"})
public final class LruCacheSpecMachine implements Machine<NaiveLru, LruCache, LruCacheSpecOp> {
  private static final List<SetupInfo> SETUPS = List.of(
      SetupInfo.of("model", ParameterInfo.of("capacity", Gens.ints(1, 4))));

  private static final List<OperationInfo> OPERATIONS = List.of(
      OperationInfo.value("get", ParameterInfo.of("key", Gens.ints())),
      OperationInfo.call("put", ParameterInfo.of("key", Gens.ints()),
          ParameterInfo.of("value", Gens.ints())),
      OperationInfo.value("size"),
      OperationInfo.call("evictOldest"));

  private static final List<InvariantInfo> INVARIANTS = List.of(
      InvariantInfo.onImpl("consistent"));

  @Override
  public NaiveLru newModel(Setup setup) throws Exception {
    int capacity = setup.arg(0);
    return LruCacheSpec.model(capacity);
  }

  @Override
  public LruCache newImpl(Setup setup) throws Exception {
    int capacity = setup.arg(0);
    return new LruCache(capacity);
  }

  @Override
  public Object applyToModel(LruCacheSpecOp op, NaiveLru model, Refs refs) throws Exception {
    if (op instanceof LruCacheSpecOp.Get get) {
      return model.get(get.key());
    }
    if (op instanceof LruCacheSpecOp.Put put) {
      model.put(put.key(), put.value());
      return null;
    }
    if (op instanceof LruCacheSpecOp.Size) {
      return model.size();
    }
    if (op instanceof LruCacheSpecOp.EvictOldest) {
      model.evictOldest();
      return null;
    }
    throw new IllegalArgumentException("Not an operation of LruCacheSpec: " + op);
  }

  @Override
  public Object applyToImpl(LruCacheSpecOp op, LruCache impl, Refs refs) throws Exception {
    if (op instanceof LruCacheSpecOp.Get get) {
      return impl.get(get.key());
    }
    if (op instanceof LruCacheSpecOp.Put put) {
      impl.put(put.key(), put.value());
      return null;
    }
    if (op instanceof LruCacheSpecOp.Size) {
      return impl.size();
    }
    if (op instanceof LruCacheSpecOp.EvictOldest) {
      impl.evictOldest();
      return null;
    }
    throw new IllegalArgumentException("Not an operation of LruCacheSpec: " + op);
  }

  @Override
  public boolean sameResult(LruCacheSpecOp op, Object modelResult, Object implResult) {
    return Objects.equals(modelResult, implResult);
  }

  @Override
  public boolean invariant(int index, NaiveLru model, LruCache impl) throws Exception {
    return switch (index) {
      case 0 -> LruCacheSpec.consistent(impl);
      default -> throw new IndexOutOfBoundsException("LruCacheSpec has no invariant " + index);
    };
  }

  @Override
  public boolean enabled(int index, NaiveLru model) {
    return switch (index) {
      case 3 -> model.nonEmpty();
      default -> true;
    };
  }

  @Override
  public boolean accepts(LruCacheSpecOp op, NaiveLru model, Refs refs) {
    return true;
  }

  @Override
  public long runUnrecorded(int index, UnrecordedStep step, NaiveLru model, LruCache impl) throws
      Exception {
    switch (index) {
      case 0 -> {
        int key = step.nextInt();
        step.callingModel();
        Object modelResult = model.get(key);
        step.callingImpl();
        Object implResult = impl.get(key);
        return Objects.equals(modelResult, implResult) ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 1 -> {
        int key = step.nextInt();
        int value = step.nextInt();
        step.callingModel();
        model.put(key, value);
        step.callingImpl();
        impl.put(key, value);
        return UnrecordedStep.AGREED;
      }
      case 2 -> {
        step.callingModel();
        int modelResult = model.size();
        step.callingImpl();
        int implResult = impl.size();
        return modelResult == implResult ? UnrecordedStep.size(modelResult) : UnrecordedStep.DIFFERS;
      }
      case 3 -> {
        step.callingModel();
        model.evictOldest();
        step.callingImpl();
        impl.evictOldest();
        return UnrecordedStep.AGREED;
      }
      default -> {
        return UnrecordedStep.NOT_HERE;
      }
    }
  }

  @Override
  public Class<?> specType() {
    return LruCacheSpec.class;
  }

  @Override
  public Class<?> implType() {
    return LruCache.class;
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
  public LruCacheSpecOp operation(int index, List<Object> args) {
    return switch (index) {
      case 0 -> new LruCacheSpecOp.Get((int) args.get(0));
      case 1 -> new LruCacheSpecOp.Put((int) args.get(0), (int) args.get(1));
      case 2 -> new LruCacheSpecOp.Size();
      case 3 -> new LruCacheSpecOp.EvictOldest();
      default -> throw new IndexOutOfBoundsException("LruCacheSpec has no operation " + index);
    };
  }

  @Override
  public LruCacheSpecOp draw(int index, Draws draws) {
    return switch (index) {
      case 0 -> new LruCacheSpecOp.Get(draws.nextInt());
      case 1 -> new LruCacheSpecOp.Put(draws.nextInt(), draws.nextInt());
      case 2 -> new LruCacheSpecOp.Size();
      case 3 -> new LruCacheSpecOp.EvictOldest();
      default -> throw new IndexOutOfBoundsException("LruCacheSpec has no operation " + index);
    };
  }

  @Override
  public int indexOf(LruCacheSpecOp op) {
    if (op instanceof LruCacheSpecOp.Get) {
      return 0;
    }
    if (op instanceof LruCacheSpecOp.Put) {
      return 1;
    }
    if (op instanceof LruCacheSpecOp.Size) {
      return 2;
    }
    if (op instanceof LruCacheSpecOp.EvictOldest) {
      return 3;
    }
    throw new IllegalArgumentException("Not an operation of LruCacheSpec: " + op);
  }

  @Override
  public List<Object> argumentsOf(LruCacheSpecOp op) {
    if (op instanceof LruCacheSpecOp.Get get) {
      return Arrays.asList(get.key());
    }
    if (op instanceof LruCacheSpecOp.Put put) {
      return Arrays.asList(put.key(), put.value());
    }
    if (op instanceof LruCacheSpecOp.Size) {
      return List.of();
    }
    if (op instanceof LruCacheSpecOp.EvictOldest) {
      return List.of();
    }
    throw new IllegalArgumentException("Not an operation of LruCacheSpec: " + op);
  }
}

package dev.modelof.example.lru;

import dev.modelof.Check;
import dev.modelof.Draws;
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
import javax.annotation.processing.Generated;

/**
 * Checks {@link LruCache} against the model of {@link LruCacheSpec}: descriptors and direct calls.
 */
@Generated("dev.modelof.processor.ModelOfProcessor")
@SuppressWarnings({"deprecation", "removal"})
public final class LruCacheSpecMachine implements Machine<NaiveLru, LruCache, LruCacheSpecOp> {
  private static final List<Factory> FACTORIES = List.of(
      new Factory("model", List.of(Param.of("capacity", Gens.ints(1, 4))),
          "dev.modelof.example.lru.LruCacheSpec", "dev.modelof.example.lru.LruCache", null));

  private static final List<Operation> OPERATIONS = List.of(
      new Operation("get", 1,
          List.of(Param.of("key", Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE))),
          Operation.Result.VALUE, "java.util.Optional<java.lang.Integer>", null),
      new Operation("put", 1,
          List.of(Param.of("key", Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE)),
          Param.of("value", Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE))),
          Operation.Result.VOID, "void", null),
      new Operation("size", 1, List.of(), Operation.Result.VALUE, "int", null),
      new Operation("evictOldest", 1, List.of(), Operation.Result.VOID, "void", null));

  private static final List<Check> INVARIANTS = List.of(
      new Check("consistent", "dev.modelof.example.lru.LruCacheSpec", false, true, true));

  @Override
  public String specType() {
    return "dev.modelof.example.lru.LruCacheSpec";
  }

  @Override
  public String implType() {
    return "dev.modelof.example.lru.LruCache";
  }

  @Override
  public Settings declared() {
    return Settings.declared(200, 200, "", "");
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
}

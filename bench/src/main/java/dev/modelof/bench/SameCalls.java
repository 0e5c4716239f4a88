package dev.modelof.bench;

import dev.modelof.Settings;
import dev.modelof.Setup;
import dev.modelof.bench.sortedmap.SortedArrayMap;
import dev.modelof.bench.sortedmap.SortedMapSpecOp;
import dev.modelof.bench.sortedmap.TreeMapModel;
import dev.modelof.engine.Engine;
import dev.modelof.example.lru.LruCache;
import dev.modelof.example.lru.LruCacheSpecOp;
import dev.modelof.example.lru.NaiveLru;
import dev.modelof.internal.Draws;
import dev.modelof.internal.InvariantInfo;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.Refs;
import dev.modelof.internal.SetupInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The calls a run of the spec's machine makes, replayed by the plainest loop: the same tries, the
 * same operations with the same arguments, on the same model and implementation, results
 * compared, nothing drawn and nothing recorded. The plain loops of {@link PlainLoops} draw their
 * own keys, so their model and implementation do other work (an LRU cache that hits less, a map
 * that stays smaller); against this loop, what is left is the engine's own cost, the value
 * policy's draws included. The calls are taken from one recorded run first, outside the timing.
 */
final class SameCalls {
  private SameCalls() {}

  /** One run of {@code name}'s machine with {@code settings}, as a loop that replays its calls. */
  static LongSupplier loop(String name, Settings settings) {
    return switch (name) {
      case "lru" -> lru(capture(new dev.modelof.example.lru.LruCacheSpecMachine(), settings));
      case "sortedmap" -> sortedMap(capture(new dev.modelof.bench.sortedmap.SortedMapSpecMachine(), settings));
      default -> throw new IllegalArgumentException("no same-calls loop of " + name);
    };
  }

  /** Each try's setup and operations, in the order the run made them. */
  private record Calls<O>(List<Setup> setups, List<List<O>> tries) {}

  private static <M, I, O> Calls<O> capture(Machine<M, I, O> machine, Settings settings) {
    Calls<O> calls = new Calls<>(new ArrayList<>(), new ArrayList<>());
    Engine.checkRecorded(new Capturing<>(machine, calls), settings);
    return calls;
  }

  private static LongSupplier lru(Calls<LruCacheSpecOp> calls) {
    int[][] codes = encode(calls, op -> op instanceof LruCacheSpecOp.Get get ? new int[] {0, get.key(), 0}
        : op instanceof LruCacheSpecOp.Put put ? new int[] {1, put.key(), put.value()} : new int[] {2, 0, 0});
    int[] capacities = calls.setups().stream().mapToInt(setup -> setup.<Integer>arg(0)).toArray();
    return () -> {
      long steps = 0;
      for (int t = 0; t < codes.length; t++) {
        NaiveLru model = new NaiveLru(capacities[t]);
        LruCache impl = new LruCache(capacities[t]);
        int[] code = codes[t];
        for (int i = 0; i < code.length; i += 3) {
          switch (code[i]) {
            case 0 -> {
              if (!model.get(code[i + 1]).equals(impl.get(code[i + 1]))) {
                throw new AssertionError("get differs in try " + t);
              }
            }
            case 1 -> {
              model.put(code[i + 1], code[i + 2]);
              impl.put(code[i + 1], code[i + 2]);
            }
            default -> {
              if (model.size() != impl.size()) {
                throw new AssertionError("size differs in try " + t);
              }
            }
          }
        }
        steps += code.length / 3;
      }
      return steps;
    };
  }

  private static LongSupplier sortedMap(Calls<SortedMapSpecOp> calls) {
    int[][] codes = encode(calls, op -> op instanceof SortedMapSpecOp.Get get ? new int[] {0, get.key(), 0}
        : op instanceof SortedMapSpecOp.Put put ? new int[] {1, put.key(), put.value()}
        : op instanceof SortedMapSpecOp.Remove remove ? new int[] {2, remove.key(), 0} : new int[] {3, 0, 0});
    return () -> {
      long steps = 0;
      for (int t = 0; t < codes.length; t++) {
        TreeMapModel model = new TreeMapModel();
        SortedArrayMap impl = new SortedArrayMap();
        int[] code = codes[t];
        for (int i = 0; i < code.length; i += 3) {
          int key = code[i + 1];
          boolean same = switch (code[i]) {
            case 0 -> Objects.equals(model.get(key), impl.get(key));
            case 1 -> Objects.equals(model.put(key, code[i + 2]), impl.put(key, code[i + 2]));
            case 2 -> Objects.equals(model.remove(key), impl.remove(key));
            default -> model.size() == impl.size();
          };
          if (!same) {
            throw new AssertionError("differs in try " + t);
          }
        }
        steps += code.length / 3;
      }
      return steps;
    };
  }

  /** Each try's operations as three ints each: which operation, and up to two arguments. */
  private static <O> int[][] encode(Calls<O> calls, java.util.function.Function<O, int[]> code) {
    int[][] out = new int[calls.tries().size()][];
    for (int t = 0; t < out.length; t++) {
      List<O> ops = calls.tries().get(t);
      out[t] = new int[3 * ops.size()];
      for (int i = 0; i < ops.size(); i++) {
        System.arraycopy(code.apply(ops.get(i)), 0, out[t], 3 * i, 3);
      }
    }
    return out;
  }

  /** A machine that keeps the setup of each model it builds and the operations applied to it. */
  private static final class Capturing<M, I, O> implements Machine<M, I, O> {
    private final Machine<M, I, O> machine;
    private final Calls<O> calls;

    Capturing(Machine<M, I, O> machine, Calls<O> calls) {
      this.machine = machine;
      this.calls = calls;
    }

    @Override
    public M newModel(Setup setup) throws Exception {
      calls.setups().add(setup);
      calls.tries().add(new ArrayList<>());
      return machine.newModel(setup);
    }

    @Override
    public Object applyToModel(O op, M model, Refs refs) throws Exception {
      calls.tries().get(calls.tries().size() - 1).add(op);
      return machine.applyToModel(op, model, refs);
    }

    @Override
    public Class<?> specType() {
      return machine.specType();
    }

    @Override
    public Class<?> implType() {
      return machine.implType();
    }

    @Override
    public Settings declared() {
      return machine.declared();
    }

    @Override
    public List<SetupInfo> setups() {
      return machine.setups();
    }

    @Override
    public List<OperationInfo> operations() {
      return machine.operations();
    }

    @Override
    public List<InvariantInfo> invariants() {
      return machine.invariants();
    }

    @Override
    public I newImpl(Setup setup) throws Exception {
      return machine.newImpl(setup);
    }

    @Override
    public O operation(int index, List<Object> args) {
      return machine.operation(index, args);
    }

    @Override
    public O draw(int index, Draws draws) {
      return machine.draw(index, draws);
    }

    @Override
    public int indexOf(O op) {
      return machine.indexOf(op);
    }

    @Override
    public List<Object> argumentsOf(O op) {
      return machine.argumentsOf(op);
    }

    @Override
    public boolean enabled(int index, M model) {
      return machine.enabled(index, model);
    }

    @Override
    public boolean accepts(O op, M model, Refs refs) {
      return machine.accepts(op, model, refs);
    }

    @Override
    public Object applyToImpl(O op, I impl, Refs refs) throws Exception {
      return machine.applyToImpl(op, impl, refs);
    }

    @Override
    public boolean sameResult(O op, Object modelResult, Object implResult) {
      return machine.sameResult(op, modelResult, implResult);
    }

    @Override
    public boolean invariant(int index, M model, I impl) throws Exception {
      return machine.invariant(index, model, impl);
    }
  }
}

package dev.modelof.bench;

import dev.modelof.Settings;
import dev.modelof.Setup;
import dev.modelof.bench.sortedmap.SortedArrayMap;
import dev.modelof.bench.sortedmap.SortedMapSpecMachine;
import dev.modelof.bench.sortedmap.SortedMapSpecOp;
import dev.modelof.bench.sortedmap.TreeMapModel;
import dev.modelof.engine.RunnerDraws;
import dev.modelof.example.lru.LruCache;
import dev.modelof.example.lru.LruCacheSpecMachine;
import dev.modelof.example.lru.LruCacheSpecOp;
import dev.modelof.example.lru.NaiveLru;
import dev.modelof.internal.Machine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The calls a run of the spec's machine makes, replayed by the plainest loop: the same tries, the
 * same operations with the same arguments, on the same model and implementation, results
 * compared, nothing drawn and nothing recorded. The plain loops of {@link PlainLoops} draw their
 * own keys, so their model and implementation do other work (an LRU cache that hits less, a map
 * that stays smaller); against this loop, what is left is the engine's own cost, the value
 * policy's draws included. The calls are drawn first, as the runner draws them, outside the timing.
 */
final class SameCalls {
  private SameCalls() {}

  /** One run of {@code name}'s machine with {@code settings}, as a loop that replays its calls. */
  static LongSupplier loop(String name, Settings settings) {
    return switch (name) {
      case "lru" -> lru(draw(new LruCacheSpecMachine(), settings));
      case "sortedmap" -> sortedMap(draw(new SortedMapSpecMachine(), settings));
      default -> throw new IllegalArgumentException("no same-calls loop of " + name);
    };
  }

  /** Each try's setup and operations, in the order the run makes them. */
  private record Calls<O>(List<Setup> setups, List<List<O>> tries) {}

  /**
   * The calls of a run of {@code machine} with {@code settings}, drawn as its runner draws them:
   * the same tries, setups, operations and arguments, since neither system has a precondition that
   * could refuse a draw.
   */
  private static <O> Calls<O> draw(Machine<?, ?, O> machine, Settings settings) {
    Calls<O> calls = new Calls<>(new ArrayList<>(), new ArrayList<>());
    RunnerDraws runner = new RunnerDraws(machine, settings.seed());
    int tries = settings.tries();
    for (int t = 0; t < tries; t++) {
      calls.setups().add(runner.start(t + 1, HandDraws.size(t, tries)));
      List<O> ops = new ArrayList<>();
      for (int i = HandDraws.length(t, tries, settings.steps()); i > 0; i--) {
        int index = runner.pick();
        ops.add(machine.draw(index, runner.draws(index)));
      }
      calls.tries().add(ops);
    }
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
  private static <O> int[][] encode(Calls<O> calls, Function<O, int[]> code) {
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
}

package dev.modelof.bench;

import dev.modelof.engine.RunnerDraws;
import dev.modelof.example.lru.LruCache;
import dev.modelof.example.lru.LruCacheSpecMachine;
import dev.modelof.example.lru.LruCacheSpecOp;
import dev.modelof.example.lru.NaiveLru;
import dev.modelof.internal.Draws;
import java.util.Objects;
import java.util.Optional;

/**
 * Layers of a run of {@link LruCacheSpecMachine} between the hand-written loop and the runner, for
 * {@code Layers}: the same tries as {@link LruHandLoop} and the runner, each layer adding one part
 * of what the runner does.
 */
public final class LruLayers {
  /** What each run drew or kept, published so that the compiler cannot leave any of it out. */
  static volatile Object kept;

  private LruLayers() {}

  /**
   * The runner's draws and nothing else: each step's operation and arguments, as the runner draws
   * them and the generated {@code draw} builds them, kept as the runner keeps them and counted by
   * operation in {@code ran}. Returns the number of steps.
   */
  public static long runnerDraws(long seed, int tries, int steps, long[] ran) {
    LruCacheSpecMachine machine = new LruCacheSpecMachine();
    RunnerDraws runner = new RunnerDraws(machine, seed);
    long stepsRun = 0;
    for (int t = 0; t < tries; t++) {
      runner.start(t + 1, HandDraws.size(t, tries));
      int length = HandDraws.length(t, tries, steps);
      Object[] ops = new Object[length];
      for (int i = 0; i < length; i++) {
        int index = runner.pick();
        ran[index]++;
        ops[i] = machine.draw(index, runner.draws(index));
      }
      kept = ops;
      stepsRun += length;
    }
    return stepsRun;
  }

  /** The hand-written loop's draws and nothing else, for comparison with {@link #runnerDraws}. */
  public static long handDraws(long seed, int tries, int steps) {
    long stepsRun = 0;
    int sink = 0;
    for (int t = 0; t < tries; t++) {
      HandDraws draws = new HandDraws(seed, t, tries);
      sink += draws.between(1, 4);
      HandDraws.Pool keys = new HandDraws.Pool();
      HandDraws.Pool values = new HandDraws.Pool();
      int length = HandDraws.length(t, tries, steps);
      for (int i = 0; i < length; i++) {
        switch (draws.nextInt(3)) {
          case 0 -> sink += draws.draw(keys);
          case 1 -> sink += draws.draw(keys) ^ draws.draw(values);
          default -> sink++;
        }
      }
      stepsRun += length;
    }
    kept = sink;
    return stepsRun;
  }

  /**
   * The runner's draws, and the rest written by hand as a loop generated for this one spec could
   * be: one switch on the operation per step, direct calls, {@code equals}, every operation and
   * result kept as the runner keeps them, each operation counted in {@code ran}; no precondition,
   * watchdog, events or exception handling.
   */
  public static long fused(long seed, int tries, int steps, long[] ran) {
    RunnerDraws runner = new RunnerDraws(new LruCacheSpecMachine(), seed);
    long stepsRun = 0;
    for (int t = 0; t < tries; t++) {
      int capacity = runner.start(t + 1, HandDraws.size(t, tries)).arg(0);
      NaiveLru model = new NaiveLru(capacity);
      LruCache impl = new LruCache(capacity);
      int length = HandDraws.length(t, tries, steps);
      Object[] ops = new Object[length];
      Object[] results = new Object[2 * length];
      for (int i = 0; i < length; i++) {
        int index = runner.pick();
        ran[index]++;
        Draws draws = runner.draws(index);
        switch (index) {
          case 0 -> {
            LruCacheSpecOp.Get get = new LruCacheSpecOp.Get(draws.nextInt());
            Optional<Integer> expected = model.get(get.key());
            Optional<Integer> actual = impl.get(get.key());
            if (!Objects.equals(expected, actual)) {
              throw new AssertionError("get(" + get.key() + ") differs in try " + t + ", step " + i);
            }
            ops[i] = get;
            results[2 * i] = expected;
            results[2 * i + 1] = actual;
          }
          case 1 -> {
            LruCacheSpecOp.Put put = new LruCacheSpecOp.Put(draws.nextInt(), draws.nextInt());
            model.put(put.key(), put.value());
            impl.put(put.key(), put.value());
            ops[i] = put;
          }
          default -> {
            int expected = model.size();
            int actual = impl.size();
            if (expected != actual) {
              throw new AssertionError("size() differs in try " + t + ", step " + i);
            }
            ops[i] = new LruCacheSpecOp.Size();
            results[2 * i] = expected;
            results[2 * i + 1] = actual;
          }
        }
      }
      kept = results;
      stepsRun += length;
    }
    return stepsRun;
  }
}

package dev.modelof.bench;

import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.Settings;
import dev.modelof.internal.Machine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Steps per second of a whole run of a generated machine against the correct implementation (its
 * declared 200 tries of up to 200 steps, a fixed seed), next to a hand-written loop doing the same
 * work. One benchmark operation is one run; the {@code steps} counter gives steps per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class Throughput {
  /** The seed of every run. */
  public static final long SEED = 42;

  private final Machine<?, ?, ?> lru = LruBench.machine();
  private final Machine<?, ?, ?> btree = BTreeBench.machine();
  private final Settings lruSettings = lru.declared().withSeed(SEED).withWorkers(1);
  private final Settings btreeSettings = btree.declared().withSeed(SEED).withWorkers(1);

  /** Steps run, reported per second next to the runs per second. */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Steps {
    public long steps;

    @Setup(Level.Iteration)
    public void reset() {
      steps = 0;
    }

    /** Counts {@code run} steps and returns them (not public: JMH would take it for a counter). */
    long counted(long run) {
      steps += run;
      return run;
    }
  }

  @Benchmark
  public Result<?> lruGenerated(Steps counter) {
    return generated(lru, lruSettings, counter);
  }

  @Benchmark
  public long lruHand(Steps counter) {
    return counter.counted(LruHandLoop.run(SEED, lruSettings.tries(), lruSettings.steps()));
  }

  @Benchmark
  public Result<?> btreeGenerated(Steps counter) {
    return generated(btree, btreeSettings, counter);
  }

  @Benchmark
  public long btreeHand(Steps counter) {
    return counter.counted(BTreeHandLoop.run(SEED, btreeSettings.tries(), btreeSettings.steps()));
  }

  private static Result<?> generated(Machine<?, ?, ?> machine, Settings settings, Steps counter) {
    Result<?> result = ModelCheck.of(machine).withSettings(settings).check();
    if (!result.passed()) {
      throw new AssertionError(result.failure().report());
    }
    counter.counted(result.steps());
    return result;
  }

  /** Steps of one run of each benchmark, to turn bytes per run into bytes per step. */
  static long stepsPerRun(String benchmark) {
    Throughput bench = new Throughput();
    return switch (benchmark) {
      case "lruGenerated" -> ModelCheck.of(bench.lru).withSettings(bench.lruSettings).check().steps();
      case "lruHand" -> LruHandLoop.run(SEED, bench.lruSettings.tries(), bench.lruSettings.steps());
      case "btreeGenerated" -> ModelCheck.of(bench.btree).withSettings(bench.btreeSettings).check().steps();
      case "btreeHand" -> BTreeHandLoop.run(SEED, bench.btreeSettings.tries(), bench.btreeSettings.steps());
      default -> throw new IllegalArgumentException(benchmark);
    };
  }
}

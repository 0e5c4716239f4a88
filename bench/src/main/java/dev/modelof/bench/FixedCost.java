package dev.modelof.bench;

import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.Settings;
import dev.modelof.internal.Machine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a run costs besides its steps: {@code ModelCheck.check} of the LRU spec with one try of
 * one step (settings, the watchdog and its worker, statistics). {@code bench/run.sh jmh FixedCost}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class FixedCost {
  private final Machine<?, ?, ?> lru = LruBench.machine();
  private final Settings oneStep = Settings.defaults().withTries(1).withSteps(1).withSeed(Throughput.SEED);

  @Benchmark
  public Result<?> oneTryOfOneStep() {
    return ModelCheck.of(lru).withSettings(oneStep).check();
  }
}

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
 * Where the LRU run's time goes, layer by layer, between the hand-written loop and the runner: the
 * draws alone (the hand loop's and the runner's), the runner's draws with the rest of a step
 * written for this one spec ({@code fused}), the same through the {@link Machine} interface
 * ({@code machine}), and the whole run. Every layer runs the same 200 tries of the same lengths.
 * One benchmark operation is one run; {@code bench/run.sh jmh Layers}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
public class Layers {
  private static final int OPERATIONS = 3;

  private final Machine<?, ?, ?> lru = LruBench.machine();
  private final Settings settings = lru.declared().withSeed(Throughput.SEED).withWorkers(1);

  @Benchmark
  public long handLoop(Throughput.Steps counter) {
    return counter.counted(LruHandLoop.run(Throughput.SEED, settings.tries(), settings.steps()));
  }

  @Benchmark
  public long handDrawsOnly(Throughput.Steps counter) {
    return counter.counted(LruLayers.handDraws(Throughput.SEED, settings.tries(), settings.steps()));
  }

  @Benchmark
  public long runnerDrawsOnly(Throughput.Steps counter) {
    return counter.counted(LruLayers.runnerDraws(Throughput.SEED, settings.tries(), settings.steps(), new long[OPERATIONS]));
  }

  @Benchmark
  public long fused(Throughput.Steps counter) {
    return counter.counted(LruLayers.fused(Throughput.SEED, settings.tries(), settings.steps(), new long[OPERATIONS]));
  }

  @Benchmark
  public long machine(Throughput.Steps counter) throws Exception {
    return counter.counted(MachineLoop.run(lru, Throughput.SEED, settings.tries(), settings.steps(), new long[OPERATIONS]));
  }

  @Benchmark
  public Result<?> runner(Throughput.Steps counter) {
    Result<?> result = ModelCheck.of(lru).withSettings(settings).check();
    counter.counted(result.steps());
    return result;
  }
}

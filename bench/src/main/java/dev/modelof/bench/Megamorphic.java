package dev.modelof.bench;

import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.Settings;
import dev.modelof.internal.Machine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Throughput}'s LRU run in a JVM that has also run the B-tree spec and every known-bug
 * variant, as a test suite with several specs does: the engine's calls of {@code Machine} and
 * {@code Gen} see many classes instead of one. {@code bench/run.sh jmh Megamorphic}; compare
 * {@code others=false} (the LRU machine alone, as in {@link Throughput}) with {@code others=true}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
public class Megamorphic {
  /** Whether the other machines ran first. */
  @Param({"false", "true"})
  public boolean others;

  private final Machine<?, ?, ?> lru = LruBench.machine();
  private final Settings settings = lru.declared().withSeed(Throughput.SEED).withWorkers(1);

  /** Runs every other machine a while before the measurement, so that the JIT sees them all. */
  @Setup(Level.Trial)
  public void runOthers() {
    if (!others) {
      return;
    }
    List<Machine<?, ?, ?>> machines = new ArrayList<>();
    machines.add(BTreeBench.machine());
    for (Variant variant : LruBench.variants()) {
      machines.add(variant.machine());
    }
    for (Variant variant : BTreeBench.variants()) {
      machines.add(variant.machine());
    }
    for (int round = 0; round < 30; round++) {
      for (Machine<?, ?, ?> machine : machines) {
        ModelCheck.of(machine).withSettings(machine.declared().withSeed(round).withWorkers(1)).check();
      }
    }
  }

  @Benchmark
  public Result<?> lruGenerated(Throughput.Steps counter) {
    Result<?> result = ModelCheck.of(lru).withSettings(settings).check();
    counter.counted(result.steps());
    return result;
  }
}

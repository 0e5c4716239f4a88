package dev.modelof.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.modelof.ModelCheck;
import dev.modelof.Settings;
import dev.modelof.internal.Machine;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * A cross-check of the JMH ratio that holds on a shared machine: the same runs as {@link
 * Throughput}, generated and hand-written taken in turns in one JVM and timed in the CPU time of
 * this process (the runner works on a thread of its own; the collector's and compiler's threads
 * count for both sides), so that other processes slow neither side more than the other. Each
 * measurement is a batch of runs long enough for the process's coarse CPU clock. Prints one line: the spec,
 * the median steps per CPU second of each side, and their ratio. Run one spec per JVM, as JMH
 * forks do: {@code Interleaved lru} or {@code Interleaved btree}.
 */
public final class Interleaved {
  private static final int WARM_UP = 40;
  private static final int ROUNDS = 20;
  /** Least CPU time of one measurement: the process's CPU clock moves in steps of 10 ms. */
  private static final long BATCH_NANOS = 400_000_000L;
  private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private Interleaved() {}

  public static void main(String[] args) {
    boolean lru = args[0].equals("lru");
    Machine<?, ?, ?> machine = lru ? LruBench.machine() : BTreeBench.machine();
    Settings settings = machine.declared().withSeed(Throughput.SEED).withWorkers(1);
    LongSupplier generated = () -> ModelCheck.of(machine).withSettings(settings).check().steps();
    LongSupplier hand = lru
        ? () -> LruHandLoop.run(Throughput.SEED, settings.tries(), settings.steps())
        : () -> BTreeHandLoop.run(Throughput.SEED, settings.tries(), settings.steps());
    for (int i = 0; i < WARM_UP; i++) {
      generated.getAsLong();
      hand.getAsLong();
    }
    int generatedBatch = batch(generated);
    int handBatch = batch(hand);
    double[] generatedRate = new double[ROUNDS];
    double[] handRate = new double[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      generatedRate[i] = stepsPerCpuSecond(generated, generatedBatch);
      handRate[i] = stepsPerCpuSecond(hand, handBatch);
    }
    double g = median(generatedRate);
    double h = median(handRate);
    System.out.printf("%s %.0f %.0f %.2f%n", lru ? "LruCacheSpec" : "BTreeSpec", g, h, g / h);
  }

  /** How many runs take {@link #BATCH_NANOS} of CPU time. */
  private static int batch(LongSupplier run) {
    long start = OS.getProcessCpuTime();
    int runs = 0;
    while (OS.getProcessCpuTime() - start < BATCH_NANOS / 4) {
      run.getAsLong();
      runs++;
    }
    return 4 * runs;
  }

  private static double stepsPerCpuSecond(LongSupplier run, int runs) {
    long start = OS.getProcessCpuTime();
    long steps = 0;
    for (int i = 0; i < runs; i++) {
      steps += run.getAsLong();
    }
    return steps / ((OS.getProcessCpuTime() - start) / 1e9);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}

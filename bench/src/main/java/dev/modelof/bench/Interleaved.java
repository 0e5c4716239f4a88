package dev.modelof.bench;

import dev.modelof.Machine;
import dev.modelof.ModelCheck;
import dev.modelof.Settings;
import dev.modelof.example.btree.BTreeBench;
import dev.modelof.example.btree.BTreeHandLoop;
import dev.modelof.example.lru.LruBench;
import dev.modelof.example.lru.LruHandLoop;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.LongSupplier;

/**
 * A cross-check of the JMH ratio that holds on a shared machine: the same runs as {@link
 * Throughput}, generated and hand-written taken in turns in one JVM and timed in this thread's CPU
 * time, so that other processes slow neither side more than the other. Prints one line: the spec,
 * the median steps per CPU second of each side, and their ratio. Run one spec per JVM, as JMH
 * forks do: {@code Interleaved lru} or {@code Interleaved btree}.
 */
public final class Interleaved {
  private static final int WARM_UP = 40;
  private static final int ROUNDS = 60;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Interleaved() {}

  public static void main(String[] args) {
    boolean lru = args[0].equals("lru");
    Machine<?, ?, ?> machine = lru ? LruBench.machine() : BTreeBench.machine();
    Settings settings = machine.declared().withSeed(Throughput.SEED);
    LongSupplier generated = () -> ModelCheck.check(machine, settings).steps();
    LongSupplier hand = lru
        ? () -> LruHandLoop.run(Throughput.SEED, settings.tries(), settings.steps())
        : () -> BTreeHandLoop.run(Throughput.SEED, settings.tries(), settings.steps());
    for (int i = 0; i < WARM_UP; i++) {
      generated.getAsLong();
      hand.getAsLong();
    }
    double[] generatedRate = new double[ROUNDS];
    double[] handRate = new double[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      generatedRate[i] = stepsPerCpuSecond(generated);
      handRate[i] = stepsPerCpuSecond(hand);
    }
    double g = median(generatedRate);
    double h = median(handRate);
    System.out.printf("%s %.0f %.0f %.2f%n", lru ? "LruCacheSpec" : "BTreeSpec", g, h, g / h);
  }

  private static double stepsPerCpuSecond(LongSupplier run) {
    long start = THREADS.getCurrentThreadCpuTime();
    long steps = run.getAsLong();
    return steps / ((THREADS.getCurrentThreadCpuTime() - start) / 1e9);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}

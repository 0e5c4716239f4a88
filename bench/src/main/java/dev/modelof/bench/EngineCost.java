package dev.modelof.bench;

import dev.modelof.ModelCheck;
import dev.modelof.Settings;
import dev.modelof.internal.Machine;
import java.util.function.LongSupplier;

/**
 * The engine's own cost per step on one thread: a whole run of a small system's machine ({@code
 * modelof.workers=1}, the spec's declared tries and steps, a fixed seed) against {@link
 * PlainLoops}, the plainest loop over the same system, taken in turns in one JVM and timed in the
 * process's CPU time, as {@link Interleaved} does. Prints one line: the spec, the median steps per
 * CPU second of each side, their ratio, the nanoseconds per step of each side, and the bytes each
 * allocates per step. {@code EngineCost counter}, {@code lru} or {@code sortedmap}, one per JVM.
 */
public final class EngineCost {
  private static final long BATCH_NANOS = 400_000_000L;

  private EngineCost() {}

  public static void main(String[] args) {
    String name = args[0];
    boolean quick = args.length > 1 && args[1].equals("--quick");
    int warmUp = quick ? 15 : 40;
    int rounds = quick ? 7 : 15;
    Machine<?, ?, ?> machine = Systems.machine(name);
    Settings settings = machine.declared().withSeed(Throughput.SEED).withWorkers(1);
    LongSupplier generated = () -> {
      var result = ModelCheck.of(machine).withSettings(settings).check();
      if (!result.passed()) {
        throw new AssertionError(result.failure().report());
      }
      return result.steps();
    };
    LongSupplier plain = Systems.plainLoop(name, Throughput.SEED);
    for (int i = 0; i < warmUp; i++) {
      generated.getAsLong();
      plain.getAsLong();
    }
    int generatedBatch = batch(generated);
    int plainBatch = batch(plain);
    double[] generatedRate = new double[rounds];
    double[] plainRate = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      generatedRate[i] = stepsPerCpuSecond(generated, generatedBatch);
      plainRate[i] = stepsPerCpuSecond(plain, plainBatch);
    }
    double g = Meter.median(generatedRate);
    double p = Meter.median(plainRate);
    System.out.printf("%s %.0f %.0f %.2f %.1f %.1f %.0f %.0f%n", Systems.spec(name), g, p, g / p, 1e9 / g, 1e9 / p,
        bytesPerStep(generated), bytesPerStep(plain));
  }

  /** How many runs take {@link #BATCH_NANOS} of CPU time. */
  private static int batch(LongSupplier run) {
    long start = Meter.cpuNanos();
    int runs = 0;
    while (Meter.cpuNanos() - start < BATCH_NANOS / 4) {
      run.getAsLong();
      runs++;
    }
    return 4 * runs;
  }

  private static double stepsPerCpuSecond(LongSupplier run, int runs) {
    long start = Meter.cpuNanos();
    long steps = 0;
    for (int i = 0; i < runs; i++) {
      steps += run.getAsLong();
    }
    return steps / ((Meter.cpuNanos() - start) / 1e9);
  }

  private static double bytesPerStep(LongSupplier run) {
    long start = Meter.allocated();
    long steps = 0;
    for (int i = 0; i < 20; i++) {
      steps += run.getAsLong();
    }
    return (Meter.allocated() - start) / (double) steps;
  }
}

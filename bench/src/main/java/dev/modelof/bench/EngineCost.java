package dev.modelof.bench;

import dev.modelof.ModelCheck;
import dev.modelof.Settings;
import dev.modelof.engine.Engine;
import dev.modelof.internal.Machine;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The engine's own cost per step on one thread: a whole run of a small system's machine ({@code
 * modelof.workers=1}, the spec's declared tries and steps, a fixed seed) against {@link
 * PlainLoops}, the plainest loop over the same system, taken in turns in one JVM and timed in the
 * process's CPU time, as {@link Interleaved} does. Also taken in turns: the same run with every try
 * recorded ({@link Engine#checkRecorded}, as before tries ran unrecorded first), and {@link
 * SameCalls}, a plain loop over the very calls the run makes (for the counter, whose calls take no
 * values, the plain loop stands for it). Prints one line: the spec, the median steps per CPU
 * second of modelof and the plain loop, their ratio, the nanoseconds per step of each, the bytes
 * each allocates per step, then the recorded run's steps per CPU second and its ratio to the plain
 * loop, the same-calls loop's steps per CPU second, modelof's ratio to it and its nanoseconds per
 * step. {@code EngineCost counter}, {@code lru} or {@code sortedmap}, one per JVM.
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
    LongSupplier recorded = () -> Engine.checkRecorded(machine, settings).steps();
    LongSupplier plain = Systems.plainLoop(name, Throughput.SEED);
    LongSupplier same = name.equals("counter") ? plain : SameCalls.loop(name, settings);
    List<LongSupplier> sides = List.of(generated, recorded, plain, same);
    for (int i = 0; i < warmUp; i++) {
      sides.forEach(LongSupplier::getAsLong);
    }
    int[] batches = sides.stream().mapToInt(EngineCost::batch).toArray();
    double[][] rates = new double[sides.size()][rounds];
    for (int i = 0; i < rounds; i++) {
      for (int side = 0; side < sides.size(); side++) {
        rates[side][i] = stepsPerCpuSecond(sides.get(side), batches[side]);
      }
    }
    double g = Meter.median(rates[0]);
    double r = Meter.median(rates[1]);
    double p = Meter.median(rates[2]);
    double s = Meter.median(rates[3]);
    System.out.printf("%s %.0f %.0f %.2f %.1f %.1f %.0f %.0f %.0f %.2f %.0f %.2f %.1f%n", Systems.spec(name), g, p, g / p,
        1e9 / g, 1e9 / p, bytesPerStep(generated), bytesPerStep(plain), r, r / p, s, g / s, 1e9 / s);
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

package dev.modelof.bench;

import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.Settings;
import dev.modelof.internal.Machine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How a burn-in scales with its workers: the spec's machine against its correct implementation,
 * burn-ins of 2 s with a fixed seed on 1, 2 and all of the available processors' workers, in turn,
 * three rounds in one JVM after a warm-up, the best round of each counted. Prints one line per number
 * of workers: the workers, steps per second of wall time, steps per CPU second of the process,
 * the speed-up over one worker, and bytes allocated per step. {@code Scaling lru} or {@code btree},
 * one per JVM.
 */
public final class Scaling {
  private static final int ROUNDS = 3;

  private Scaling() {}

  public static void main(String[] args) {
    String name = args[0];
    boolean quick = args.length > 1 && args[1].equals("--quick");
    Duration each = Duration.ofMillis(quick ? 1000 : 2000);
    Machine<?, ?, ?> machine = Systems.machine(name);
    int all = Runtime.getRuntime().availableProcessors();
    List<Integer> counts = new ArrayList<>(List.of(1));
    for (int workers : new int[] {2, all}) {
      if (!counts.contains(workers)) {
        counts.add(workers);
      }
    }
    Settings burnIn = machine.declared().withSeed(Throughput.SEED);
    run(machine, burnIn.withWorkers(all).withDuration(Duration.ofMillis(quick ? 1000 : 2000)));
    run(machine, burnIn.withWorkers(1).withDuration(Duration.ofMillis(quick ? 500 : 1000)));
    // each number of workers in turn, three times: the best of each is the one least slowed by
    // whatever else the machine ran meanwhile
    double[][] best = new double[counts.size()][];
    for (int round = 0; round < (quick ? 1 : ROUNDS); round++) {
      for (int i = 0; i < counts.size(); i++) {
        double[] measured = measure(machine, burnIn.withWorkers(counts.get(i)).withDuration(each));
        if (best[i] == null || measured[0] > best[i][0]) {
          best[i] = measured;
        }
      }
    }
    for (int i = 0; i < counts.size(); i++) {
      int workers = counts.get(i);
      System.out.printf("%s %d%s %.0f %.0f %.2f %.0f%n", Systems.spec(name), workers, workers == all ? "(all)" : "",
          best[i][0], best[i][1], best[i][0] / best[0][0], best[i][2]);
    }
  }

  /** One burn-in: steps per second of wall time, steps per CPU second, bytes per step. */
  private static double[] measure(Machine<?, ?, ?> machine, Settings settings) {
    long wall = System.nanoTime();
    long cpu = Meter.cpuNanos();
    long allocated = Meter.allocated();
    long steps = run(machine, settings);
    return new double[] {
        steps / ((System.nanoTime() - wall) / 1e9), steps / ((Meter.cpuNanos() - cpu) / 1e9),
        (Meter.allocated() - allocated) / (double) steps};
  }

  private static long run(Machine<?, ?, ?> machine, Settings settings) {
    Result<?> result = ModelCheck.of(machine).withSettings(settings).check();
    if (!result.passed()) {
      throw new AssertionError(result.failure().report());
    }
    return result.steps();
  }
}

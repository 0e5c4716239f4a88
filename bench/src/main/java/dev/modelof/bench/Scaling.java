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
 * a burn-in of a few seconds with a fixed seed on 1, 2 and all of the available processors'
 * workers, one after another in one JVM after a warm-up on all of them. Prints one line per number
 * of workers: the workers, steps per second of wall time, steps per CPU second of the process,
 * the speed-up over one worker, and bytes allocated per step. {@code Scaling lru} or {@code btree},
 * one per JVM.
 */
public final class Scaling {
  private Scaling() {}

  public static void main(String[] args) {
    String name = args[0];
    boolean quick = args.length > 1 && args[1].equals("--quick");
    Duration each = Duration.ofMillis(quick ? 1000 : 3000);
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
    double one = 0;
    for (int workers : counts) {
      long wall = System.nanoTime();
      long cpu = Meter.cpuNanos();
      long allocated = Meter.allocated();
      long steps = run(machine, burnIn.withWorkers(workers).withDuration(each));
      double wallRate = steps / ((System.nanoTime() - wall) / 1e9);
      double cpuRate = steps / ((Meter.cpuNanos() - cpu) / 1e9);
      double bytes = (Meter.allocated() - allocated) / (double) steps;
      if (workers == 1) {
        one = wallRate;
      }
      System.out.printf("%s %d%s %.0f %.0f %.2f %.0f%n", Systems.spec(name), workers, workers == all ? "(all)" : "",
          wallRate, cpuRate, wallRate / one, bytes);
    }
  }

  private static long run(Machine<?, ?, ?> machine, Settings settings) {
    Result<?> result = ModelCheck.of(machine).withSettings(settings).check();
    if (!result.passed()) {
      throw new AssertionError(result.failure().report());
    }
    return result.steps();
  }
}

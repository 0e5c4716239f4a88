package dev.modelof.bench;

import dev.modelof.LinearizabilitySettings;
import dev.modelof.engine.Engine;
import dev.modelof.engine.concurrent.ParallelEngine;
import dev.modelof.example.lru.CheckThenActLru;
import dev.modelof.example.lru.FastMissLru;
import dev.modelof.example.lru.SharedLru;
import dev.modelof.example.lru.SharedLruSpecMachine;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The linearizability check's costs: scenario runs per second and checker cost per run on the
 * correct shared cache, and for each racy variant of it, per seed, the time to find the race, to
 * shrink it and to write its report. {@code bench/run.sh races}.
 */
public final class RaceBench {
  /** Seeds of each racy variant. */
  static final int SEEDS = 10;

  private RaceBench() {}

  public static void main(String[] args) {
    System.out.println(run());
  }

  static String run() {
    StringBuilder out = new StringBuilder();
    Table throughput = new Table("implementation", "seed", "runs", "overlapping", "runs/s (running)",
        "runs/s (all)", "checker µs/run", "searches", "checker µs/search");
    for (long seed = 1; seed <= 3; seed++) {
      LinearizabilitySettings settings = LinearizabilitySettings.defaults().withSeed(seed);
      long start = System.nanoTime();
      ParallelEngine.Costs costs = ParallelEngine.measure(new SharedLruSpecMachine(), settings);
      long total = System.nanoTime() - start;
      throughput.row("SharedLru", String.valueOf(seed), String.format("%,d", costs.runs()),
          String.format("%,d", costs.overlapping()),
          String.format("%,.0f", costs.runs() / (costs.runNanos() / 1e9)),
          String.format("%,.0f", costs.runs() / (total / 1e9)),
          String.format("%.2f", costs.checkNanos() / 1e3 / costs.runs()),
          String.format("%,d", costs.searches()),
          String.format("%.1f", costs.checkNanos() / 1e3 / Math.max(1, costs.searches())));
    }
    out.append(throughput).append('\n');
    Table races = new Table("race", "seed", "runs to find", "find ms", "shrink ms", "report ms", "shrunk size",
        "seen");
    for (RacyCache variant : List.of(
        new RacyCache("CheckThenActLru", CheckThenActLru.class, CheckThenActLru::new),
        new RacyCache("FastMissLru", FastMissLru.class, FastMissLru::new))) {
      for (long seed = 1; seed <= SEEDS; seed++) {
        var machine =
            Engine.withImpl(new SharedLruSpecMachine(), variant.type(), setup -> variant.build().apply(setup.arg(0)));
        ParallelEngine.Costs costs = ParallelEngine.measure(machine, LinearizabilitySettings.defaults().withSeed(seed));
        races.row(variant.name(), String.valueOf(seed), String.format("%,d", costs.runs()),
            String.format("%,.0f", costs.findNanos() / 1e6), String.format("%,.0f", costs.shrinkNanos() / 1e6),
            String.format("%,.0f", costs.reportNanos() / 1e6), String.valueOf(costs.raceSize()),
            costs.seen() + " of " + costs.measured());
      }
    }
    out.append(races);
    return out.toString();
  }

  /** A racy variant of the shared cache. */
  private record RacyCache(String name, Class<? extends SharedLru> type, IntFunction<SharedLru> build) {}
}

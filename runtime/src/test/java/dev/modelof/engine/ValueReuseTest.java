package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.sample.ArrayMap;
import dev.modelof.sample.MapMachine;
import dev.modelof.sample.MapModel;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures what the pool of reused values is worth on an int-keyed map whose keys are unbounded
 * ints: how often a get or a remove asks for a key that an earlier put of the same sequence used.
 * The figures are printed and quoted in docs/runtime-features.md.
 */
class ValueReuseTest {
  /** The share of lookups (get, remove) whose key an earlier put used, over a few runs. */
  private static double hitRate(boolean reuse) {
    MapModel.lookups = 0;
    MapModel.lookupsOfPutKeys = 0;
    for (long seed = 1; seed <= 5; seed++) {
      MapMachine machine = new MapMachine();
      Runner<MapModel, ArrayMap, MapMachine.Op> runner = new Runner<>(machine, machine.declared().withSeed(seed),
          RunOptions.DEFAULT.withReuse(reuse));
      assertTrue(runner.check().passed());
    }
    return (double) MapModel.lookupsOfPutKeys / MapModel.lookups;
  }

  @Test
  void laterStepsAskForKeysThatEarlierStepsUsed() {
    double pooled = hitRate(true);
    double fresh = hitRate(false);
    System.out.printf(Locale.ROOT, "get/remove keys used by an earlier put: %.0f%% with the pool, %.0f%% without%n",
        100 * pooled, 100 * fresh);
    assertTrue(pooled >= 0.35, "with the pool: " + pooled);
    assertTrue(fresh <= pooled / 4, "without the pool: " + fresh + ", with: " + pooled);
  }
}

package dev.modelof.guide.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.LinearizabilityCheck;
import dev.modelof.LinearizabilityResult;
import dev.modelof.LinearizabilitySettings;
import dev.modelof.Race;
import dev.modelof.testing.InMemoryJavac;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The systems of guide/concurrency.md: each race is found under every seed at the defaults, shrunk
 * to its two racing calls, and printed as a regression test that fails on it and passes on the
 * fix; the ConcurrentHashMap registry is never reported. {@code -Dmodelof.meta=long} runs seeds 1
 * to 10 and 10^5 runs of the registry, as the chapter reports them.
 */
class ConcurrencyGuideTest {
  private static final boolean LONG = "long".equals(System.getProperty("modelof.meta"));
  private static final int SEEDS = LONG ? 10 : 3;

  // [volatile-counter-check]
  static LinearizabilityCheck<HitCounterModel, HitCounter, HitCounterSpecOp> volatileCounter() {
    return LinearizabilityCheck.of(new HitCounterSpecMachine())
        .withImpl(VolatileHitCounter.class, setup -> new VolatileHitCounter());
  }
  // [/volatile-counter-check]

  static LinearizabilityCheck<BoundedQueueModel, BoundedQueue, BoundedQueueSpecOp> lockFreeQueue() {
    return LinearizabilityCheck.of(new BoundedQueueSpecMachine())
        .withImpl(LockFreeBoundedQueue.class, setup -> new LockFreeBoundedQueue(setup.arg(0)));
  }

  /**
   * Seeds 1 to {@link #SEEDS}: each finds a race, and all but one in ten shrink it to {@code
   * smallest} calls in all (a class may have a rarer race of its own, larger, that shows first).
   */
  private static <O> Race<O> foundAndShrunk(LinearizabilityCheck<?, ?, O> check, String impl, int smallest) {
    List<String> figures = new ArrayList<>();
    Race<O> first = null;
    int atSmallest = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      long start = System.nanoTime();
      LinearizabilityResult<O> result = check.withSeed(seed).check();
      Race<O> race = result.race();
      assertNotNull(race, impl + " not found with seed " + seed + " in " + result.runs() + " runs");
      assertTrue(race.report().startsWith(race.spec().getSimpleName() + ": " + impl + " is not linearizable: "),
          race.report());
      figures.add(String.format("seed %2d: scenario %d, %d runs, shrunk to %d calls, seen in %d of %d, %d ms",
          seed, race.scenario(), result.runs(), race.size(), race.seen(), race.runs(),
          (System.nanoTime() - start) / 1_000_000));
      if (race.size() == smallest) {
        atSmallest++;
        first = first == null ? race : first;
      } else {
        figures.add(race.report().lines().takeWhile(line -> !line.startsWith("Replay")).reduce((a, b) -> a + "\n" + b)
            .orElse(""));
      }
    }
    assertTrue(atSmallest >= SEEDS - SEEDS / 10, impl + " shrunk to " + smallest + " calls under only " + atSmallest
        + " of " + SEEDS + " seeds:\n" + String.join("\n", figures));
    System.out.println(impl + ":\n  " + String.join("\n  ", figures) + "\nThe report of seed 1:\n" + first.report());
    return first;
  }

  private static void regressionTestFailsOnTheRaceAndPassesOnTheFix(Race<?> race, String racy, String fixed,
      String method) {
    assertNotNull(race.regressionTest(), race.report());
    String source = race.regressionSource("dev.modelof.guide.concurrency", racy + "LinearizabilityTest");
    Class<?> buggy = InMemoryJavac.compile("dev.modelof.guide.concurrency." + racy + "LinearizabilityTest", source);
    assertInstanceOf(AssertionFailedError.class, InMemoryJavac.run(buggy, method), source);
    String fixedSource = source.replace("new " + racy + "(", "new " + fixed + "(");
    Class<?> good = InMemoryJavac.compile("dev.modelof.guide.concurrency." + racy + "LinearizabilityTest", fixedSource);
    assertNull(InMemoryJavac.run(good, method), fixedSource);
  }

  @Test
  void theLostUpdateIsFoundShrunkAndGivenARegressionTest() {
    Race<HitCounterSpecOp> race = foundAndShrunk(volatileCounter(), "VolatileHitCounter", 2);
    regressionTestFailsOnTheRaceAndPassesOnTheFix(race, "VolatileHitCounter", "HitCounter", "hitCounterSpecLinearizability");
  }

  @Test
  void theOvershootIsFoundShrunkAndGivenARegressionTest() {
    Race<BoundedQueueSpecOp> race = foundAndShrunk(lockFreeQueue(), "LockFreeBoundedQueue", 2);
    regressionTestFailsOnTheRaceAndPassesOnTheFix(race, "LockFreeBoundedQueue", "BoundedQueue",
        "boundedQueueSpecLinearizability");
  }

  /** The ConcurrentHashMap registry, its size() @NonAtomic: never reported in 2*10^4 runs (10^5 with long). */
  @Test
  void theConcurrentHashMapRegistryIsNeverReported() {
    int runs = LONG ? 100_000 : 20_000;
    LinearizabilitySettings settings = LinearizabilitySettings.defaults()
        .withScenarios(runs / LinearizabilitySettings.DEFAULT_REPETITIONS + 1).withSeed(11);
    long start = System.nanoTime();
    LinearizabilityResult<RegistrySpecOp> result =
        LinearizabilityCheck.of(new RegistrySpecMachine()).withSettings(settings).check();
    System.out.println("Registry: " + result.runs() + " runs of " + result.scenarios() + " scenarios, "
        + result.overlapping() + " overlapping, in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    assertTrue(result.passed(), () -> result.race().report());
    assertEquals(0, result.unknown());
    assertTrue(result.runs() >= runs);
  }

  /** The synchronized queue and the atomic counter are never reported either. */
  @Test
  void theLockedQueueAndTheAtomicCounterAreNeverReported() {
    int runs = LONG ? 100_000 : 20_000;
    LinearizabilitySettings settings = LinearizabilitySettings.defaults()
        .withScenarios(runs / LinearizabilitySettings.DEFAULT_REPETITIONS + 1).withSeed(12);
    LinearizabilityResult<BoundedQueueSpecOp> queue =
        LinearizabilityCheck.of(new BoundedQueueSpecMachine()).withSettings(settings).check();
    assertTrue(queue.passed(), () -> queue.race().report());
    LinearizabilityResult<HitCounterSpecOp> counter =
        LinearizabilityCheck.of(new HitCounterSpecMachine()).withSettings(settings).check();
    assertTrue(counter.passed(), () -> counter.race().report());
    System.out.println("BoundedQueue: " + queue.runs() + " runs; HitCounter: " + counter.runs() + " runs");
  }
}

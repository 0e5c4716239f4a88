package dev.modelof.example.lru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.modelof.LinearizabilityCheck;
import dev.modelof.LinearizabilityResult;
import dev.modelof.LinearizabilitySettings;
import dev.modelof.Race;
import dev.modelof.testing.InMemoryJavac;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * Meta-tests of the linearizability check: at the spec's defaults, each racy variant of the shared
 * cache is found under every seed and shrunk to its smallest scenario under nearly all, and the
 * printed regression test compiles, fails on the race and passes on the real cache; the real
 * cache is never reported.
 *
 * <p>The build runs seeds 1 to 3 and 2*10^4 runs of the real cache; {@code -Dmodelof.meta=long}
 * runs seeds 1 to 10 and 10^5 runs, as docs/concurrency.md reports them.
 */
class KnownRacesTest {
  private static final boolean LONG = "long".equals(System.getProperty("modelof.meta"));
  private static final long[] SEEDS = LONG ? new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10} : new long[] {1, 2, 3};

  /** Each variant with the size of its smallest scenario (all calls: prefix, threads, post). */
  static Stream<Arguments> races() {
    return Stream.of(
        // putIfAbsent(k, v) | putIfAbsent(k, v): both see k absent and both return empty
        arguments(CheckThenActLru.class, (IntFunction<SharedLru>) CheckThenActLru::new, 2),
        // put(k, v) first; then get(k) | put(k, w): the unlocked read sees k missing while put replaces it
        arguments(FastMissLru.class, (IntFunction<SharedLru>) FastMissLru::new, 3));
  }

  private static LinearizabilityCheck<NaiveSharedLru, SharedLru, SharedLruSpecOp> against(
      Class<? extends SharedLru> type, IntFunction<SharedLru> variant) {
    return LinearizabilityCheck.of(new SharedLruSpecMachine()).withImpl(type, setup -> variant.apply(setup.arg(0)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("races")
  void foundUnderEverySeedAndShrunkToItsSmallestScenario(
      Class<? extends SharedLru> type, IntFunction<SharedLru> variant, int smallest) {
    var check = against(type, variant);
    int shrunkToSmallest = 0;
    List<String> figures = new ArrayList<>();
    for (long seed : SEEDS) {
      long start = System.nanoTime();
      LinearizabilityResult<SharedLruSpecOp> result = check.withSeed(seed).check();
      long millis = (System.nanoTime() - start) / 1_000_000;
      Race<SharedLruSpecOp> race = result.race();
      assertNotNull(race, type.getSimpleName() + " not found with seed " + seed + " in " + result.runs() + " runs");
      assertTrue(race.report().startsWith("SharedLruSpec: " + type.getSimpleName() + " is not linearizable: "),
          race.report());
      assertTrue(race.report().lines().findFirst().orElseThrow().matches(".*, seen in \\d+ of \\d+ runs"), race.report());
      figures.add(String.format("seed %2d: found in scenario %d after %d runs, shrunk to %d calls, seen in %d of %d,"
          + " %d ms in all", seed, race.scenario(), result.runs(), race.size(), race.seen(), race.runs(), millis));
      if (race.size() == smallest) {
        shrunkToSmallest++;
      } else {
        figures.add(race.report().lines().takeWhile(line -> !line.startsWith("Replay")).reduce((a, b) -> a + "\n" + b)
            .orElse(""));
      }
    }
    System.out.println(type.getSimpleName() + ":\n  " + String.join("\n  ", figures));
    assertTrue(shrunkToSmallest >= SEEDS.length - SEEDS.length / 10, type.getSimpleName() + " shrunk to " + smallest
        + " calls under only " + shrunkToSmallest + " of " + SEEDS.length + " seeds:\n" + String.join("\n", figures));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("races")
  void thePrintedRegressionTestFailsOnTheRaceAndPassesOnTheRealCache(
      Class<? extends SharedLru> type, IntFunction<SharedLru> variant, int smallest) {
    String name = type.getSimpleName();
    Race<SharedLruSpecOp> race = against(type, variant).withSeed(12).check().race();
    assertNotNull(race);
    assertNotNull(race.regressionTest(), race.report());
    assertTrue(race.report().contains(race.regressionTest().lines().skip(1).findFirst().orElseThrow()));
    String className = name + "LinearizabilityTest";
    String source = race.regressionSource("dev.modelof.example.lru", className);
    Class<?> racy = InMemoryJavac.compile("dev.modelof.example.lru." + className, source);
    assertInstanceOf(AssertionFailedError.class, InMemoryJavac.run(racy, "sharedLruSpecLinearizability"), source);

    String fixedSource = source.replace("new " + name + "(", "new SharedLru(");
    Class<?> fixed = InMemoryJavac.compile("dev.modelof.example.lru." + className, fixedSource);
    assertNull(InMemoryJavac.run(fixed, "sharedLruSpecLinearizability"), fixedSource);
  }

  /** 10^5 runs of drawn scenarios (334 scenarios of at least 300 runs): the synchronized cache is never reported. */
  @Test
  void theRealCacheIsNeverReported() {
    int runs = LONG ? 100_000 : 20_000;
    LinearizabilitySettings settings = LinearizabilitySettings.defaults()
        .withScenarios(runs / LinearizabilitySettings.DEFAULT_REPETITIONS + 1).withSeed(7);
    long start = System.nanoTime();
    LinearizabilityResult<SharedLruSpecOp> result =
        LinearizabilityCheck.of(new SharedLruSpecMachine()).withSettings(settings).check();
    System.out.println("SharedLru: " + result.runs() + " runs of " + result.scenarios() + " scenarios in "
        + (System.nanoTime() - start) / 1_000_000 + " ms, " + result.unknown() + " undecided");
    assertTrue(result.passed(), () -> result.race().report());
    assertEquals(0, result.unknown());
    assertTrue(result.runs() >= runs, "only " + result.runs() + " runs");
  }
}

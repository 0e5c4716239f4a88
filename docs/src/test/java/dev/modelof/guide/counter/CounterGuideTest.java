package dev.modelof.guide.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.guide.GuideChecks;
import dev.modelof.guide.Snippets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.opentest4j.AssertionFailedError;

/** The counter of guide/counter.md: the bug is found, shrunk as the guide says, and printed as shown. */
class CounterGuideTest {
  static final long[] SEEDS = GuideChecks.SEEDS;

  /** The failures of seeds 1 to 20, which the guide's table shows. */
  static List<Failure<CounterSpecOp>> survey;

  // [counter-with-impl]
  static ModelCheck<CounterModel, Counter, CounterSpecOp> skipping() {
    return ModelCheck.of(new CounterSpecMachine())
        .withImpl(SkippingCounter.class, setup -> new SkippingCounter(setup.arg(0)));
  }
  // [/counter-with-impl]

  @BeforeAll
  static void survey() {
    survey = GuideChecks.survey(skipping(), 20);
  }

  /** The run the guide shows: the first seed that shrinks to the shortest failure of all, from 3. */
  static Failure<CounterSpecOp> shown() {
    long seed = GuideChecks.firstSeed(survey, f -> f.setup().args().equals(List.of(3)), "initial = 3");
    return GuideChecks.failure(skipping(), seed);
  }

  /**
   * The shortest failure of all: from initial 3, two incs (the second adds 2) and a get that sees
   * it. From initial k it takes 5 - k incs, so every other start is longer.
   */
  @ParameterizedTest
  @FieldSource("SEEDS")
  void theBugIsFoundAndShrunkToTwoIncsAndAGet(long seed) {
    var check = skipping();
    Failure<CounterSpecOp> failure = GuideChecks.failure(check, seed);
    assertEquals(List.of(3), failure.setup().args(), failure.report());
    assertEquals(List.of("inc", "inc", "get"), GuideChecks.operationNames(failure), failure.report());
    GuideChecks.assertNoStepCanGo(check, failure);
  }

  /** Seeds 1 to 20 all shrink to the shortest failure, whatever initial value their first failure had. */
  @Test
  void everySeedOfTheSurveyShrinksToTheShortestFailure() {
    for (Failure<CounterSpecOp> failure : survey) {
      assertEquals(List.of(3), failure.setup().args(), failure.report());
      assertEquals(3, failure.length(), failure.report());
    }
  }

  /** The table of guide/counter.md: which initial value each of seeds 1 to 20 shrinks to. */
  @Test
  void theGuidesTableOfSeeds() {
    Map<Integer, List<Long>> seedsByInitial = new TreeMap<>(Collections.reverseOrder());
    Map<Integer, String> stepsByInitial = new TreeMap<>();
    for (Failure<CounterSpecOp> failure : survey) {
      int initial = failure.setup().arg(0);
      seedsByInitial.computeIfAbsent(initial, k -> new ArrayList<>()).add(failure.seed());
      stepsByInitial.put(initial, String.join(", ", GuideChecks.operationNames(failure)));
    }
    StringBuilder table = new StringBuilder();
    seedsByInitial.forEach((initial, seeds) -> table.append(String.format("initial = %d   %-30s  seeds %s%n",
        initial, stepsByInitial.get(initial), GuideChecks.seeds(seeds))));
    Snippets.assertOutput("counter-seeds", table.toString());
  }

  @Test
  void theGuideShowsTheReportOfARealRun() {
    Snippets.assertOutput("counter-report", shown().report());
  }

  @Test
  void thePrintedRegressionTestFailsOnTheBugAndPassesOnTheFix() {
    Throwable thrown = GuideChecks.regressionFailsOnBugAndPassesOnFix(
        shown(), "dev.modelof.guide.counter", "SkippingCounter", "Counter");
    assertInstanceOf(AssertionFailedError.class, thrown);
  }
}

package dev.modelof.guide.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.modelof.Failure;
import dev.modelof.Machine;
import dev.modelof.guide.GuideChecks;
import dev.modelof.guide.Snippets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.opentest4j.AssertionFailedError;

/** The counter of guide/counter.md: the bug is found, shrunk as the guide says, and printed as shown. */
class CounterGuideTest {
  /** The seed of the run the guide shows. */
  static final long GUIDE_SEED = 2;

  static final long[] SEEDS = GuideChecks.SEEDS;

  // [counter-with-impl]
  static Machine<CounterModel, Counter, CounterSpecOp> skipping() {
    return new CounterSpecMachine()
        .withImpl(SkippingCounter.class.getCanonicalName(), setup -> new SkippingCounter(setup.arg(0)));
  }
  // [/counter-with-impl]

  /** From initial k, the shortest failure is 5 - k incs (the last one adds 2) and a get that sees it. */
  @ParameterizedTest
  @FieldSource("SEEDS")
  void theBugIsFoundAndShrunkToIncsAndAGet(long seed) {
    var machine = skipping();
    Failure failure = GuideChecks.failure(machine, seed);
    int initial = failure.setup().arg(0);
    List<String> expected = new ArrayList<>(Collections.nCopies(5 - initial, "inc"));
    expected.add("get");
    assertEquals(expected, GuideChecks.operationNames(machine, failure), failure.report());
    GuideChecks.assertNoStepCanGo(machine, failure);
  }

  /** What the guide says of two seeds: 2 shrinks to the shortest of all, 6 to the longest. */
  @Test
  void theSetupValueIsTheOneOfTheTryThatFailed() {
    Failure shortest = GuideChecks.failure(skipping(), 2);
    assertEquals(List.of(3), shortest.setup().args(), shortest.report());
    assertEquals(3, shortest.length(), shortest.report());
    Failure longest = GuideChecks.failure(skipping(), 6);
    assertEquals(List.of(0), longest.setup().args(), longest.report());
    assertEquals(6, longest.length(), longest.report());
  }

  /** The table of guide/counter.md: which initial value seeds 1 to 20 shrink to. */
  @Test
  void theGuidesTableOfSeeds() {
    Map<Integer, List<Long>> seedsByInitial = new TreeMap<>();
    for (long seed = 1; seed <= 20; seed++) {
      Failure failure = GuideChecks.failure(skipping(), seed);
      int initial = failure.setup().arg(0);
      seedsByInitial.computeIfAbsent(initial, k -> new ArrayList<>()).add(seed);
    }
    assertEquals(Map.of(
        3, List.of(2L, 3L, 4L, 5L, 7L, 11L, 12L, 15L, 16L, 17L, 18L, 19L, 20L),
        2, List.of(1L, 14L),
        1, List.of(9L, 13L),
        0, List.of(6L, 8L, 10L)), seedsByInitial, "update the table in guide/counter.md");
  }

  @Test
  void theGuideShowsTheReportOfARealRun() {
    Failure failure = GuideChecks.failure(skipping(), GUIDE_SEED);
    Snippets.assertOutput("counter-report", failure.report());
  }

  @Test
  void thePrintedRegressionTestFailsOnTheBugAndPassesOnTheFix() {
    Failure failure = GuideChecks.failure(skipping(), GUIDE_SEED);
    Throwable thrown = GuideChecks.regressionFailsOnBugAndPassesOnFix(
        failure, "dev.modelof.guide.counter", "SkippingCounter", "Counter");
    assertInstanceOf(AssertionFailedError.class, thrown);
  }
}

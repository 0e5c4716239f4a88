package dev.modelof.guide.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.guide.GuideChecks;
import dev.modelof.guide.Snippets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The specs of guide/jdk-classes.md: each passes against the JDK's class under seeds 1 to 10, and
 * the two bugs of the page are found under every one of them, shrunk, and printed as shown.
 */
class JdkClassesGuideTest {
  static final int LAST_SEED = 10;

  static List<Failure<TreeMapSpecOp>> treeMapSurvey;
  static List<Failure<PriorityQueueSpecOp>> queueSurvey;

  // [jdk-with-impl]
  static ModelCheck<SortedMapModel, java.util.TreeMap<Integer, String>, TreeMapSpecOp> lastKeyCaching() {
    return ModelCheck.of(new TreeMapSpecMachine())
        .withImpl(LastKeyCachingMap.class, setup -> new LastKeyCachingMap());
  }

  static ModelCheck<QueueModel, java.util.PriorityQueue<Integer>, PriorityQueueSpecOp> subtracting() {
    return ModelCheck.of(new PriorityQueueSpecMachine())
        .withImpl(SubtractingPriorityQueue.class, setup -> new SubtractingPriorityQueue());
  }
  // [/jdk-with-impl]

  @BeforeAll
  static void survey() {
    treeMapSurvey = GuideChecks.survey(lastKeyCaching(), LAST_SEED);
    queueSurvey = GuideChecks.survey(subtracting(), LAST_SEED);
  }

  /** No false alarm: the JDK's classes agree with their models under every seed. */
  @Test
  void theJdkClassesPassTheirSpecs() {
    Map<String, ModelCheck<?, ?, ?>> checks = new LinkedHashMap<>();
    checks.put("LinkedList", ModelCheck.of(new LinkedListSpecMachine()));
    checks.put("TreeMap", ModelCheck.of(new TreeMapSpecMachine()));
    checks.put("PriorityQueue", ModelCheck.of(new PriorityQueueSpecMachine()));
    checks.put("StringBuilder", ModelCheck.of(new StringBuilderSpecMachine()));
    checks.forEach((name, check) -> {
      for (long seed = 1; seed <= LAST_SEED; seed++) {
        Result<?> result = check.withSettings(GuideChecks.seeded(seed)).check();
        Failure<?> failure = result.failure();
        assertNull(failure, () -> name + " fails its spec: a false alarm\n" + failure.report());
        assertEquals(List.of(), result.statistics().problems(), name);
        result.statistics().operations().forEach(count ->
            assertTrue(count.ran() > 0, () -> name + ": " + count.name() + " never ran"));
      }
    });
  }

  /** What a passing run of the StringBuilder spec did, operation by operation. */
  @Test
  void theGuideShowsThePassingRunsStatistics() {
    Result<?> result = ModelCheck.of(new StringBuilderSpecMachine()).withSettings(GuideChecks.seeded(1)).check();
    Snippets.assertOutput("string-builder-statistics", result.statistics().table());
  }

  @Test
  void theCachedLastKeyIsFoundUnderEverySeedAndShrunk() {
    for (Failure<TreeMapSpecOp> failure : treeMapSurvey) {
      assertEquals(List.of("put", "clear", "lastKey"), GuideChecks.operationNames(failure), failure.report());
      GuideChecks.assertNoStepCanGo(lastKeyCaching(), failure);
    }
    Snippets.assertOutput("tree-map-seeds", table(treeMapSurvey));
  }

  @Test
  void theSubtractingComparatorIsFoundUnderEverySeedAndShrunk() {
    for (Failure<PriorityQueueSpecOp> failure : queueSurvey) {
      GuideChecks.assertNoStepCanGo(subtracting(), failure);
    }
    Snippets.assertOutput("priority-queue-seeds", table(queueSurvey));
  }

  @Test
  void theGuideShowsTheReportsOfRealRuns() {
    Snippets.assertOutput("tree-map-report", treeMapSurvey.get(0).report());
    Snippets.assertOutput("priority-queue-report", queueSurvey.get(0).report());
  }

  /** Every different regression test the surveys printed: it fails on the bug and passes on the JDK's class. */
  @Test
  void thePrintedRegressionTestsFailOnTheBugsAndPassOnTheJdk() {
    for (Failure<TreeMapSpecOp> failure : distinct(treeMapSurvey)) {
      assertInstanceOf(AssertionFailedError.class, GuideChecks.regressionFailsOnBugAndPassesOnFix(failure,
          "dev.modelof.guide.jdk", "LastKeyCachingMap", "java.util.TreeMap<Integer, String>"));
    }
    for (Failure<PriorityQueueSpecOp> failure : distinct(queueSurvey)) {
      assertInstanceOf(AssertionFailedError.class, GuideChecks.regressionFailsOnBugAndPassesOnFix(failure,
          "dev.modelof.guide.jdk", "SubtractingPriorityQueue", "java.util.PriorityQueue<Integer>"));
    }
  }

  /** One failure for each different regression test. */
  static <O> List<Failure<O>> distinct(List<Failure<O>> survey) {
    Map<String, Failure<O>> byTest = new LinkedHashMap<>();
    survey.forEach(failure -> byTest.putIfAbsent(failure.regressionTest(), failure));
    return List.copyOf(byTest.values());
  }

  /** Each shrunk failure of a survey on a line: its steps, how many tries found it, and the seeds. */
  static String table(List<? extends Failure<?>> survey) {
    Map<String, List<Long>> seedsBySteps = new LinkedHashMap<>();
    for (Failure<?> failure : survey) {
      String steps = String.join("; ", GuideChecks.stepLines(failure).stream().map(GuideChecks::call).toList());
      seedsBySteps.computeIfAbsent(steps, k -> new ArrayList<>()).add(failure.seed());
    }
    StringBuilder table = new StringBuilder();
    seedsBySteps.forEach((steps, seeds) -> table.append(String.format("%-50s  seeds %s%n", steps,
        GuideChecks.seeds(seeds))));
    return table.toString();
  }
}

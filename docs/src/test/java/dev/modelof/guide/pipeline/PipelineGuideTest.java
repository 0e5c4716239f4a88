package dev.modelof.guide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.guide.GuideChecks;
import dev.modelof.guide.Snippets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The pipeline of guide/pipeline.md, under both specs. */
class PipelineGuideTest {
  static final long[] SEEDS = GuideChecks.SEEDS;

  /** The failures of seeds 1 to 20 under each spec, which the guide counts. */
  static List<Failure<PipelineSpecOp>> withExceptions;
  static List<Failure<GuardedPipelineSpecOp>> withPreconditions;

  static ModelCheck<PipelineModel, Pipeline, PipelineSpecOp> backLink() {
    return ModelCheck.of(new PipelineSpecMachine())
        .withImpl(BackLinkPipeline.class, setup -> new BackLinkPipeline());
  }

  static ModelCheck<PipelineModel, Pipeline, GuardedPipelineSpecOp> guardedBackLink() {
    return ModelCheck.of(new GuardedPipelineSpecMachine())
        .withImpl(BackLinkPipeline.class, setup -> new BackLinkPipeline());
  }

  @BeforeAll
  static void survey() {
    withExceptions = GuideChecks.survey(backLink(), 20);
    withPreconditions = GuideChecks.survey(guardedBackLink(), 20);
  }

  /** The run the guide shows for exceptions: one where adding a taken name again is what fails. */
  static Failure<PipelineSpecOp> shownWithExceptions() {
    long seed = GuideChecks.firstSeed(withExceptions, f -> GuideChecks.failingCall(f).startsWith("add"),
        "a failing add");
    return GuideChecks.failure(backLink(), seed);
  }

  /** The run the guide shows for preconditions: one where a fire is what fails. */
  static Failure<GuardedPipelineSpecOp> shownWithPreconditions() {
    long seed = GuideChecks.firstSeed(withPreconditions, f -> GuideChecks.failingCall(f).startsWith("fire"),
        "a failing fire");
    return GuideChecks.failure(guardedBackLink(), seed);
  }

  /**
   * With exception equivalence, 4 steps: add a handler, addFirst another in front of it (the
   * missing back link), remove the first (which takes its neighbour along), then any step that
   * sees the neighbour gone: fire, remove it, or add its name again.
   */
  @ParameterizedTest
  @FieldSource("SEEDS")
  void theBugIsFoundAndShrunkWithExceptionEquivalence(long seed) {
    var check = backLink();
    Failure<PipelineSpecOp> failure = GuideChecks.failure(check, seed);
    List<String> operations = GuideChecks.operationNames(failure);
    assertEquals(4, operations.size(), failure.report());
    assertTrue(operations.get(0).startsWith("add"), failure.report());
    assertEquals(List.of("addFirst", "remove"), operations.subList(1, 3), failure.report());
    GuideChecks.assertNoStepCanGo(check, failure);
  }

  /** With preconditions, 4 steps or a few more, never one step that could go. */
  @ParameterizedTest
  @FieldSource("SEEDS")
  void theBugIsFoundAndShrunkWithPreconditions(long seed) {
    var check = guardedBackLink();
    Failure<GuardedPipelineSpecOp> failure = GuideChecks.failure(check, seed);
    assertTrue(failure.length() >= 4 && failure.length() <= 8, failure.report());
    GuideChecks.assertNoStepCanGo(check, failure);
  }

  /** The counts of guide/pipeline.md: how long the shrunk failures of seeds 1 to 20 are. */
  @Test
  void theGuidesCountOfSeeds() {
    String counts = String.format("with exceptions:     %s%nwith preconditions:  %s%n",
        lengths(withExceptions), lengths(withPreconditions));
    Snippets.assertOutput("pipeline-seeds", counts);
  }

  private static String lengths(List<? extends Failure<?>> failures) {
    Map<Integer, List<Long>> seedsByLength = new TreeMap<>();
    failures.forEach(f -> seedsByLength.computeIfAbsent(f.length(), k -> new ArrayList<>()).add(f.seed()));
    List<String> parts = new ArrayList<>();
    seedsByLength.forEach((length, seeds) -> parts.add(length + " steps for "
        + (seeds.size() > 3 ? seeds.size() + " seeds" : (seeds.size() == 1 ? "seed " : "seeds ") + GuideChecks.seeds(seeds))));
    return String.join(", ", parts);
  }

  @Test
  void theGuideShowsTheReportsOfRealRuns() {
    Snippets.assertOutput("pipeline-report", shownWithExceptions().report());
    Snippets.assertOutput("pipeline-guarded-report", shownWithPreconditions().report());
  }

  @Test
  void thePrintedRegressionTestsFailOnTheBugAndPassOnTheFix() {
    for (Failure<?> failure : List.of(shownWithExceptions(), shownWithPreconditions())) {
      GuideChecks.regressionFailsOnBugAndPassesOnFix(
          failure, "dev.modelof.guide.pipeline", "BackLinkPipeline", "Pipeline");
    }
    for (Failure<?> failure : withExceptions.subList(0, 5)) {
      GuideChecks.regressionFailsOnBugAndPassesOnFix(
          failure, "dev.modelof.guide.pipeline", "BackLinkPipeline", "Pipeline");
    }
  }
}

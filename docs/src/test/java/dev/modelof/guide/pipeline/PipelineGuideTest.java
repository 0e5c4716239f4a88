package dev.modelof.guide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.Machine;
import dev.modelof.guide.GuideChecks;
import dev.modelof.guide.Snippets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.opentest4j.AssertionFailedError;

/** The pipeline of guide/pipeline.md, under both specs. */
class PipelineGuideTest {
  /** The seed of the runs the guide shows. */
  static final long GUIDE_SEED = 1;

  static final long[] SEEDS = GuideChecks.SEEDS;

  static Machine<PipelineModel, Pipeline, PipelineSpecOp> backLink() {
    return new PipelineSpecMachine()
        .withImpl(BackLinkPipeline.class.getCanonicalName(), setup -> new BackLinkPipeline());
  }

  static Machine<PipelineModel, Pipeline, GuardedPipelineSpecOp> guardedBackLink() {
    return new GuardedPipelineSpecMachine()
        .withImpl(BackLinkPipeline.class.getCanonicalName(), setup -> new BackLinkPipeline());
  }

  /**
   * Shortest: add a handler, addFirst another in front of it (the missing back link), remove the
   * first one (which unlinks its neighbour too), fire an event the neighbour handles.
   */
  private static void assertShortest(List<String> operations, String report) {
    assertEquals(4, operations.size(), report);
    assertTrue(operations.get(0).startsWith("add"), report);
    assertEquals(List.of("addFirst", "remove", "fire"), operations.subList(1, 4), report);
  }

  @ParameterizedTest
  @FieldSource("SEEDS")
  void theBugIsFoundAndShrunkWithExceptionEquivalence(long seed) {
    var machine = backLink();
    Failure failure = GuideChecks.failure(machine, seed);
    assertShortest(GuideChecks.operationNames(machine, failure), failure.report());
  }

  @ParameterizedTest
  @FieldSource("SEEDS")
  void theBugIsFoundAndShrunkWithPreconditions(long seed) {
    var machine = guardedBackLink();
    Failure failure = GuideChecks.failure(machine, seed);
    assertShortest(GuideChecks.operationNames(machine, failure), failure.report());
  }

  @Test
  void theGuideShowsTheReportsOfRealRuns() {
    Snippets.assertOutput("pipeline-report", GuideChecks.failure(backLink(), GUIDE_SEED).report());
    Snippets.assertOutput("pipeline-guarded-report", GuideChecks.failure(guardedBackLink(), GUIDE_SEED).report());
  }

  @Test
  void thePrintedRegressionTestsFailOnTheBugAndPassOnTheFix() {
    for (Failure failure : List.of(GuideChecks.failure(backLink(), GUIDE_SEED),
        GuideChecks.failure(guardedBackLink(), GUIDE_SEED))) {
      Throwable thrown = GuideChecks.regressionFailsOnBugAndPassesOnFix(
          failure, "dev.modelof.guide.pipeline", "BackLinkPipeline", "Pipeline");
      assertInstanceOf(AssertionFailedError.class, thrown);
    }
  }
}

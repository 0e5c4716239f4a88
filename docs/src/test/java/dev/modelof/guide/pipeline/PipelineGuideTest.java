package dev.modelof.guide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.Machine;
import dev.modelof.ModelCheck;
import dev.modelof.guide.GuideChecks;
import dev.modelof.guide.Snippets;
import java.util.ArrayList;
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
   * With exception equivalence, always 4 steps: add a handler, addFirst another in front of it (the
   * missing back link), remove the first (which takes its neighbour along), then any step that
   * sees the neighbour gone: fire, remove it, or add its name again.
   */
  @ParameterizedTest
  @FieldSource("SEEDS")
  void theBugIsFoundAndShrunkWithExceptionEquivalence(long seed) {
    var machine = backLink();
    Failure failure = GuideChecks.failure(machine, seed);
    List<String> operations = GuideChecks.operationNames(machine, failure);
    assertEquals(4, operations.size(), failure.report());
    assertTrue(operations.get(0).startsWith("add"), failure.report());
    assertEquals(List.of("addFirst", "remove"), operations.subList(1, 3), failure.report());
    GuideChecks.assertNoStepCanGo(machine, failure);
  }

  /** With preconditions, mostly 4 steps, sometimes 6, never one step that could go. */
  @ParameterizedTest
  @FieldSource("SEEDS")
  void theBugIsFoundAndShrunkWithPreconditions(long seed) {
    var machine = guardedBackLink();
    Failure failure = GuideChecks.failure(machine, seed);
    assertTrue(failure.length() == 4 || failure.length() == 6, failure.report());
    GuideChecks.assertNoStepCanGo(machine, failure);
  }

  /** What guide/pipeline.md says of seeds 1 to 20: always 4 steps with exceptions; 6 for seeds 8 and 19 with preconditions. */
  @Test
  void theGuidesCountOfSeeds() {
    List<Long> longer = new ArrayList<>();
    for (long seed = 1; seed <= 20; seed++) {
      Failure failure = GuideChecks.failure(backLink(), seed);
      assertEquals(4, failure.length(), () -> "update guide/pipeline.md:\n" + failure.report());
      if (GuideChecks.failure(guardedBackLink(), seed).length() != 4) {
        longer.add(seed);
      }
    }
    assertEquals(List.of(8L, 19L), longer, "update guide/pipeline.md");
  }

  /** What the guide says of seed 8: the guarded spec stops at 6 steps. */
  @Test
  void aLocalMinimumOfSixSteps() {
    var machine = guardedBackLink();
    Failure failure = GuideChecks.failure(machine, 8);
    assertEquals(List.of("addFirst", "remove", "addLast", "addFirst", "remove", "fire"),
        GuideChecks.operationNames(machine, failure), failure.report());
    // no single step can go, but the first two can go together
    GuideChecks.assertNoStepCanGo(machine, failure);
    @SuppressWarnings("unchecked")
    List<GuardedPipelineSpecOp> operations = (List<GuardedPipelineSpecOp>) (List<?>) failure.operations();
    assertTrue(ModelCheck.fails(machine, failure.setup(), operations.subList(2, 6)), failure.report());
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

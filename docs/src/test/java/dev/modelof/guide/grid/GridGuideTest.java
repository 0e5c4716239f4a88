package dev.modelof.guide.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.guide.GuideChecks;
import dev.modelof.guide.Snippets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.opentest4j.AssertionFailedError;

/** The grid of guide/values.md: records, collections, maps and arrays as arguments, generated and printed. */
class GridGuideTest {
  static final long[] SEEDS = GuideChecks.SEEDS;

  /** The failures of seeds 1 to 20, from which the guide picks the run it shows. */
  static List<Failure<GridSpecOp>> survey;

  // [grid-with-impl]
  static ModelCheck<GridModel, CellGrid, GridSpecOp> replacing() {
    return ModelCheck.of(new GridSpecMachine())
        .withImpl(RowReplacingGrid.class, setup -> new RowReplacingGrid(setup.arg(0)));
  }
  // [/grid-with-impl]

  @BeforeAll
  static void survey() {
    survey = GuideChecks.survey(replacing(), 20);
  }

  /** The run the guide shows: the first whose failing step asks whether a cell is marked. */
  static Failure<GridSpecOp> shown() {
    long seed = GuideChecks.firstSeed(survey, f -> GuideChecks.failingCall(f).startsWith("isMarked"),
        "a failing isMarked");
    return GuideChecks.failure(replacing(), seed);
  }

  /** Every operation, with arguments of every kind, agrees with the model on the right grid. */
  @ParameterizedTest
  @FieldSource("SEEDS")
  void theRightGridPasses(long seed) {
    Result<?> result = ModelCheck.of(new GridSpecMachine()).withSettings(GuideChecks.seeded(seed)).check();
    assertTrue(result.passed(), () -> result.failure().report());
    assertEquals(List.of(), result.statistics().problems());
  }

  /**
   * The bug needs a cell marked (by the setup or a batch), a batch with another cell of the same
   * row, and a step that sees the first one gone; the shrunk failure has just that, and no step can go.
   */
  @ParameterizedTest
  @FieldSource("SEEDS")
  void theBugIsFoundAndShrunkToABatchInAMarkedRow(long seed) {
    var check = replacing();
    Failure<GridSpecOp> failure = GuideChecks.failure(check, seed);
    List<String> operations = GuideChecks.operationNames(failure);
    assertTrue(operations.size() <= 3, failure.report());
    assertEquals("mark", operations.get(operations.size() - 2), failure.report());
    assertTrue(failure.report().contains("mark(List.of(new Cell("), failure.report());
    GuideChecks.assertNoStepCanGo(check, failure);
  }

  @Test
  void theGuideShowsTheReportOfARealRun() {
    Snippets.assertOutput("grid-report", shown().report());
  }

  /** The printed test writes the list of records as Java, compiles, fails on the bug and passes on the fix. */
  @Test
  void thePrintedRegressionTestFailsOnTheBugAndPassesOnTheFix() {
    Failure<GridSpecOp> failure = shown();
    assertTrue(failure.regressionTest().contains("impl.mark(List.of(new Cell("), failure.regressionTest());
    Throwable thrown = GuideChecks.regressionFailsOnBugAndPassesOnFix(
        failure, "dev.modelof.guide.grid", "RowReplacingGrid", "CellGrid");
    assertInstanceOf(AssertionFailedError.class, thrown);
  }

  /** The guide shows the generators the processor wrote for the spec, from the generated source. */
  @Test
  void theGuideShowsTheGeneratedGenerators() throws IOException {
    Path machine = Snippets.moduleDir().resolve(
        "target/generated-test-sources/test-annotations/dev/modelof/guide/grid/GridSpecMachine.java");
    List<String> lines = Files.readAllLines(machine, StandardCharsets.UTF_8);
    int from = indexOf(lines, "  private static final Gen<");
    int to = indexOf(lines, "  private static final List<InvariantInfo> INVARIANTS");
    Snippets.assertOutput("grid-generators", Snippets.dedent(lines.subList(from, to)));
  }

  private static int indexOf(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with " + prefix);
  }
}

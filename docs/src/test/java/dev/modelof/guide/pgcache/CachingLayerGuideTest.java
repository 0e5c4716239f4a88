package dev.modelof.guide.pgcache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.guide.GuideChecks;
import dev.modelof.guide.Snippets;
import dev.modelof.testing.InMemoryJavac;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The caching layer of guide/postgres-cache.md on the embedded PostgreSQL: each bug is found under
 * every seed at the spec's declared settings and shrunk to its shortest form, the printed
 * regression test fails on the bug and passes on the right layer, and the right layer passes.
 */
class CachingLayerGuideTest {
  static final long[] SEEDS = LongStream.rangeClosed(1, 10).toArray();

  /** The failures of each bug under each seed, in seed order. */
  static final Map<String, List<Failure<CachingLayerSpecOp>>> FOUND = new LinkedHashMap<>();

  // [pgcache-with-impl]
  static ModelCheck<SchemaModel, CachingLayer, CachingLayerSpecOp> renameKeepsColumns() {
    return ModelCheck.of(new CachingLayerSpecMachine())
        .withImpl(RenameKeepsColumnsLayer.class, setup -> new RenameKeepsColumnsLayer());
  }
  // [/pgcache-with-impl]

  static ModelCheck<SchemaModel, CachingLayer, CachingLayerSpecOp> viewBlind() {
    return ModelCheck.of(new CachingLayerSpecMachine())
        .withImpl(ViewBlindLayer.class, setup -> new ViewBlindLayer());
  }

  @BeforeAll
  static void search() {
    FOUND.put("RenameKeepsColumnsLayer", failures(renameKeepsColumns()));
    FOUND.put("ViewBlindLayer", failures(viewBlind()));
  }

  /** The failure of each seed, at the settings the spec declares. */
  private static List<Failure<CachingLayerSpecOp>> failures(ModelCheck<?, ?, CachingLayerSpecOp> check) {
    List<Failure<CachingLayerSpecOp>> failures = new ArrayList<>();
    for (long seed : SEEDS) {
      Result<CachingLayerSpecOp> result = check.withSeed(seed).check();
      assertNotNull(result.failure(), () -> "not found in " + result.tries() + " tries with seed " + seed);
      failures.add(result.failure());
    }
    return failures;
  }

  private static Failure<CachingLayerSpecOp> found(String layer, long seed) {
    return FOUND.get(layer).get((int) seed - 1);
  }

  @ParameterizedTest
  @FieldSource("SEEDS")
  void theRightLayerPasses(long seed) {
    Result<CachingLayerSpecOp> result = ModelCheck.of(new CachingLayerSpecMachine()).withSeed(seed).check();
    assertTrue(result.passed(), () -> result.failure().report());
    assertEquals(List.of(), result.statistics().problems());
    for (var operation : result.statistics().operations()) {
      assertTrue(operation.ran() >= 50, () -> "the guide says every operation runs 50 times or more:\n"
          + result.statistics().table());
    }
  }

  /**
   * Four steps: a table, a step that reads its columns into the cache (any of the four that use
   * them), the rename of its column a, and a step that uses the stale list: columns shows it, an
   * insert or a delete names a column that is gone. A query only counts the columns, so it cannot
   * be last.
   */
  @ParameterizedTest
  @FieldSource("SEEDS")
  void theRenameBugIsFoundAndShrunkToFourSteps(long seed) {
    Failure<CachingLayerSpecOp> failure = found("RenameKeepsColumnsLayer", seed);
    List<String> names = GuideChecks.operationNames(failure);
    assertEquals(4, names.size(), failure.report());
    assertEquals("createTable", names.get(0), failure.report());
    assertTrue(Set.of("columns", "insert", "delete", "query").contains(names.get(1)), failure.report());
    assertEquals("renameColumn", names.get(2), failure.report());
    assertEquals(List.of("t1", "a", "x"), new CachingLayerSpecMachine().argumentsOf(failure.operations().get(2)),
        failure.report());
    assertTrue(Set.of("columns", "insert", "delete").contains(names.get(3)), failure.report());
    GuideChecks.assertNoStepCanGo(renameKeepsColumns(), failure);
  }

  /**
   * Five steps: a table, a view of it, a query that caches the view's rows, an insert into the
   * table (a delete would need a row first), the stale query.
   */
  @ParameterizedTest
  @FieldSource("SEEDS")
  void theViewBugIsFoundAndShrunkToFiveSteps(long seed) {
    Failure<CachingLayerSpecOp> failure = found("ViewBlindLayer", seed);
    assertEquals(List.of("createTable", "createView", "query", "insert", "query"),
        GuideChecks.operationNames(failure), failure.report());
    GuideChecks.assertNoStepCanGo(viewBlind(), failure);
  }

  /** The table of guide/postgres-cache.md: what each seed found. */
  @Test
  void theGuideShowsWhatEachSeedFound() {
    int latest = FOUND.values().stream().flatMap(List::stream).mapToInt(Failure::tryNumber).max().orElseThrow();
    var settings = new CachingLayerSpecMachine().declared();
    StringBuilder text = new StringBuilder(String.format(
        "seeds 1 to 10, %d tries of at most %d steps: every bug found, by try %d at the latest%n",
        settings.tries(), settings.steps(), latest));
    FOUND.forEach((layer, failures) -> {
      text.append(layer).append(":\n");
      for (Failure<CachingLayerSpecOp> failure : failures) {
        text.append(String.format("  seed %2d: try %3d, %2d steps shrunk to %d: %s%n", failure.seed(),
            failure.tryNumber(), failure.originalLength(), failure.length(),
            String.join(", ", GuideChecks.operationNames(failure))));
      }
    });
    Snippets.assertOutput("pgcache-seeds", text.toString());
  }

  /** The runs the guide shows: the view bug's first seed, and the first seed where the rename shows in columns. */
  static List<Failure<CachingLayerSpecOp>> shown() {
    Failure<CachingLayerSpecOp> rename = FOUND.get("RenameKeepsColumnsLayer").stream()
        .filter(f -> GuideChecks.failingCall(f).startsWith("columns("))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no seed ends the rename bug in columns(...); the guide shows one"));
    return List.of(found("ViewBlindLayer", 1), rename);
  }

  @Test
  void theGuideShowsTheReportsOfRealRuns() {
    Snippets.assertOutput("pgcache-report-view", shown().get(0).report());
    Snippets.assertOutput("pgcache-report-rename", shown().get(1).report());
  }

  /**
   * The regression test of every seed's failure, each different one compiled and run once: it
   * fails on its bug and passes on the right layer.
   */
  @Test
  void thePrintedRegressionTestsFailOnTheBugsAndPassOnTheRightLayer() {
    Map<String, String> layerByTest = new LinkedHashMap<>();
    FOUND.forEach((layer, failures) -> failures.forEach(f -> layerByTest.put(f.regressionTest(), layer)));
    for (List<Failure<CachingLayerSpecOp>> failures : FOUND.values()) {
      for (Failure<CachingLayerSpecOp> failure : failures) {
        String layer = layerByTest.remove(failure.regressionTest());
        if (layer != null) {
          regressionFailsOnBugAndPassesWithTheSpecsFactory(failure, layer);
        }
      }
    }
  }

  /**
   * Compiles the printed regression test and runs it on the embedded PostgreSQL: it must fail as
   * printed, and pass once {@code new Buggy()} is {@code CachingLayerSpec.layer()}, the spec's
   * factory of the right layer.
   */
  private static void regressionFailsOnBugAndPassesWithTheSpecsFactory(Failure<?> failure, String buggy) {
    assertNotNull(failure.regressionTest(), failure.report());
    String packageName = CachingLayerSpec.class.getPackageName();
    String source = failure.regressionSource(packageName, "PrintedRegressionTest");
    assertTrue(source.contains("new " + buggy + "()"), source);
    Throwable onBug = InMemoryJavac.run(InMemoryJavac.compile(packageName + ".PrintedRegressionTest", source),
        "cachingLayerSpecRegression");
    assertNotNull(onBug, () -> "the regression test passes on " + buggy + ":\n" + source);

    String fixed = source.replace("new " + buggy + "()", "CachingLayerSpec.layer()");
    Throwable onFix = InMemoryJavac.run(InMemoryJavac.compile(packageName + ".PrintedRegressionTest", fixed),
        "cachingLayerSpecRegression");
    assertNull(onFix, () -> "the regression test fails on the right layer:\n" + fixed);
  }
}

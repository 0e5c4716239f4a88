package dev.modelof.guide.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.guide.GuideChecks;
import dev.modelof.guide.Snippets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The store of guide/sql-store.md: the LIKE bug is found on a real database and shrunk. */
class SqlStoreGuideTest {
  static final long[] SEEDS = GuideChecks.SEEDS;

  /** The stores the runs made, closed after each test: each holds an in-memory database. */
  private static final List<SqlStore> OPENED = new ArrayList<>();

  static ModelCheck<MapStore, SqlStore, SqlStoreSpecOp> like() {
    return ModelCheck.of(new SqlStoreSpecMachine())
        .withImpl(LikeSqlStore.class, setup -> opened(new LikeSqlStore()));
  }

  private static synchronized SqlStore opened(SqlStore store) {
    OPENED.add(store);
    return store;
  }

  @AfterEach
  void closeStores() {
    closeAll();
  }

  private static synchronized void closeAll() {
    OPENED.forEach(SqlStore::close);
    OPENED.clear();
  }

  /** The run the guide shows: the first seed whose prefix shrinks to "_". */
  static Failure<SqlStoreSpecOp> shown() {
    for (long seed = 1; seed <= 30; seed++) {
      Failure<SqlStoreSpecOp> failure = GuideChecks.failure(like(), seed);
      closeAll();
      if (GuideChecks.failingCall(failure).equals("keys(\"_\")")) {
        return failure;
      }
    }
    throw new AssertionError("no seed of 1 to 30 shrinks to keys(\"_\"); the guide needs one");
  }

  /** Shortest: one key, and a prefix with a wildcard that matches it although the key does not start with it. */
  @ParameterizedTest
  @FieldSource("SEEDS")
  void theBugIsFoundAndShrunkToAPutAndAPrefix(long seed) {
    var check = like();
    Failure<SqlStoreSpecOp> failure = GuideChecks.failure(check, seed);
    assertEquals(List.of("put", "keys"), GuideChecks.operationNames(failure), failure.report());
    GuideChecks.assertNoStepCanGo(check, failure);
  }

  /** What guide/sql-store.md shows of seeds 1 to 30: found every time, in 2 steps, and the forms. */
  @Test
  void theBuiltInStringsFindItWithinTheDefaultTries() {
    int latest = 0;
    Map<String, List<Long>> seedsByForm = new LinkedHashMap<>();
    for (long seed = 1; seed <= 30; seed++) {
      Failure<SqlStoreSpecOp> failure = GuideChecks.failure(like(), seed);
      closeAll();
      assertEquals(2, failure.length(), () -> "the guide says 2 steps:\n" + failure.report());
      latest = Math.max(latest, failure.tryNumber());
      List<String> steps = GuideChecks.stepLines(failure);
      String form = String.format("%-12s after %-12s", GuideChecks.call(steps.get(1)), GuideChecks.call(steps.get(0)));
      seedsByForm.computeIfAbsent(form, k -> new ArrayList<>()).add(seed);
    }
    assertTrue(latest <= GuideChecks.seeded(1).tries() / 2, "the guide says: well within the default tries");
    StringBuilder text = new StringBuilder(String.format(
        "seeds 1 to 30: found every time, by try %d at the latest (of %d)%n", latest, GuideChecks.seeded(1).tries()));
    seedsByForm.forEach((form, seeds) -> text.append(String.format("  %s seeds %s%n", form, GuideChecks.seeds(seeds))));
    Snippets.assertOutput("store-seeds", text.toString());
  }

  /** What guide/sql-store.md shows of closing: how many of a run's stores the runner closed. */
  @Test
  void theGuideShowsWhichStoresARunCloses() {
    // tries run on several workers: the stores come from several threads
    List<SqlStore> made = java.util.Collections.synchronizedList(new ArrayList<>());
    var check = ModelCheck.of(new SqlStoreSpecMachine()).withImpl(SqlStore.class, setup -> {
      SqlStore store = new SqlStore();
      made.add(store);
      return store;
    });
    assertTrue(check.withSettings(GuideChecks.seeded(1)).check().passed());
    long closed = made.stream().filter(SqlStore::isClosed).count();
    made.forEach(SqlStore::close);
    Snippets.assertOutput("store-closing", String.format(
        "stores built by a run of %d tries: %d; closed by the runner when their try ended: %d%n",
        GuideChecks.seeded(1).tries(), made.size(), closed));
  }

  @Test
  void theGuideShowsTheReportOfARealRun() {
    Snippets.assertOutput("store-report", shown().report());
  }

  @Test
  void thePrintedRegressionTestFailsOnTheBugAndPassesOnTheFix() {
    GuideChecks.regressionFailsOnBugAndPassesOnFix(shown(), "dev.modelof.guide.store", "LikeSqlStore", "SqlStore");
  }
}

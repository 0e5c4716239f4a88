package dev.modelof.guide.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.modelof.Failure;
import dev.modelof.Machine;
import dev.modelof.guide.GuideChecks;
import dev.modelof.guide.Snippets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The store of guide/sql-store.md: the LIKE bug is found on a real database and shrunk. */
class SqlStoreGuideTest {
  /** The seed of the run the guide shows. */
  static final long GUIDE_SEED = 2;

  static final long[] SEEDS = GuideChecks.SEEDS;

  /** The stores the runs made, closed after each test: each holds an in-memory database. */
  private static final List<SqlStore> OPENED = new ArrayList<>();

  static Machine<MapStore, SqlStore, SqlStoreSpecOp> like() {
    return new SqlStoreSpecMachine()
        .withImpl(LikeSqlStore.class.getCanonicalName(), setup -> opened(new LikeSqlStore()));
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

  /** Shortest: one key, and a prefix with a wildcard that matches it although the key does not start with it. */
  @ParameterizedTest
  @FieldSource("SEEDS")
  void theBugIsFoundAndShrunkToAPutAndAPrefix(long seed) {
    var machine = like();
    Failure failure = GuideChecks.failure(machine, seed);
    assertEquals(List.of("put", "keys"), GuideChecks.operationNames(machine, failure), failure.report());
    GuideChecks.assertNoStepCanGo(machine, failure);
  }

  /** What guide/sql-store.md says: over seeds 1 to 30, found every time, by try 69 at the latest, in 2 steps. */
  @Test
  void theBuiltInStringsFindItWithinTheDefaultTries() {
    int latest = 0;
    for (long seed = 1; seed <= 30; seed++) {
      Failure failure = GuideChecks.failure(like(), seed);
      assertEquals(2, failure.length(), () -> "update guide/sql-store.md:\n" + failure.report());
      latest = Math.max(latest, failure.tryNumber());
      closeAll();
    }
    assertEquals(69, latest, "update guide/sql-store.md");
  }

  /** What the guide says: depending on the seed, the prefix shrinks to "%", "_" or a backslash. */
  @Test
  void threeFormsOfTheSameBug() {
    assertEquals("keys(\"%\")", lastStep(GuideChecks.failure(like(), 1)));
    assertEquals("keys(\"_\")", lastStep(GuideChecks.failure(like(), 2)));
    assertEquals("keys(\"\\\\\")", lastStep(GuideChecks.failure(like(), 5)));
  }

  private static String lastStep(Failure failure) {
    return failure.report().lines().filter(line -> line.endsWith("<-- here")).findFirst().orElseThrow()
        .strip().split(" ", 2)[0];
  }

  @Test
  void theGuideShowsTheReportOfARealRun() {
    Snippets.assertOutput("store-report", GuideChecks.failure(like(), GUIDE_SEED).report());
  }

  @Test
  void thePrintedRegressionTestFailsOnTheBugAndPassesOnTheFix() {
    GuideChecks.regressionFailsOnBugAndPassesOnFix(
        GuideChecks.failure(like(), GUIDE_SEED), "dev.modelof.guide.store", "LikeSqlStore", "SqlStore");
  }
}

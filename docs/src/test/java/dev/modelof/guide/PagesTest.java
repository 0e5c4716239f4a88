package dev.modelof.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.example.btree.BTreeSpecMachine;
import dev.modelof.example.btree.BTreeSpecOp;
import dev.modelof.example.btree.bugs.MergeDropsLastChild;
import dev.modelof.example.lru.GetWithoutRefresh;
import dev.modelof.example.lru.LruCacheSpecMachine;
import dev.modelof.example.lru.LruCacheSpecOp;
import dev.modelof.sample.StackMachine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pages outside docs/guide/ show what the build produces: the runs behind docs/guide.md,
 * docs/btree.md and docs/runtime-features.md, printed as those pages show them.
 */
class PagesTest {

  /** The run of docs/guide.md: the LRU cache variant that forgets to refresh on get, seed 42. */
  static Failure<LruCacheSpecOp> getWithoutRefresh() {
    // [guide-with-impl]
    Result<LruCacheSpecOp> result = ModelCheck.of(new LruCacheSpecMachine())
        .withImpl(GetWithoutRefresh.class, setup -> new GetWithoutRefresh(setup.arg(0)))
        .withSeed(42)
        .check();
    Failure<LruCacheSpecOp> failure = result.failure();         // null when every try passed
    List<LruCacheSpecOp> steps = failure.operations();           // the shrunk sequence, as records
    // [/guide-with-impl]
    assertEquals(failure.length(), steps.size(), failure.report());
    return failure;
  }

  @Test
  void theGuideShowsTheReportOfItsRun() {
    Snippets.assertOutput("guide-lru-report", getWithoutRefresh().report());
  }

  @Test
  void theBTreePageShowsTheReportOfSeedOne() {
    Failure<BTreeSpecOp> failure = ModelCheck.of(new BTreeSpecMachine())
        .withImpl(MergeDropsLastChild.class, setup -> new MergeDropsLastChild(setup.arg(0)))
        .withSeed(1)
        .check()
        .failure();
    assertNotNull(failure, "MergeDropsLastChild was not found with seed 1");
    Snippets.assertOutput("btree-report", failure.report());
  }

  @Test
  void theRuntimeFeaturesPageShowsTheStatisticsOfARun() {
    StackMachine machine = new StackMachine(true);
    Result<?> result = ModelCheck.of(machine).withSettings(machine.declared().withSeed(11)).check();
    assertTrue(result.passed());
    Snippets.assertOutput("stack-statistics-line", result.statistics().summary());
    Snippets.assertOutput("stack-statistics", result.statistics().table());
  }

  /** Each page outside docs/guide/ that shows code or runs has its blocks tagged, and so checked. */
  @Test
  void thePagesOutsideTheGuideShowTaggedBlocks() {
    List<Snippets.Block> blocks = Snippets.blocks();
    for (String page : List.of("guide.md", "btree.md", "runtime-features.md")) {
      assertTrue(blocks.stream().anyMatch(b -> Snippets.moduleDir().relativize(b.file()).toString().equals(page)),
          page + " shows no tagged block");
    }
  }
}

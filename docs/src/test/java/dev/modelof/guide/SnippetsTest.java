package dev.modelof.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every {@code <!-- snippet: name -->} block of the guide shows the marked region of the sources. */
class SnippetsTest {

  @Test
  void everySnippetBlockShowsItsRegion() {
    Map<String, String> regions = Snippets.regions();
    List<String> problems = new ArrayList<>();
    for (Snippets.Block block : Snippets.blocks()) {
      if (!block.kind().equals("snippet")) {
        continue;
      }
      String region = regions.get(block.name());
      if (region == null) {
        problems.add(block.where() + ": no source has a region // [" + block.name() + "]");
      } else if (!region.equals(block.text())) {
        if (Snippets.updating()) {
          Snippets.rewrite(block, region);
        } else {
          problems.add(block.where() + ": <!-- snippet: " + block.name() + " --> differs from its region;"
              + " the source has:\n" + region);
        }
      }
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n\n", problems)
        + "\n\nEdit the sources and rerun with -Dmodelof.updateSnippets=true to rewrite the Markdown.");
  }

  @Test
  void theGuideShowsCodeFromTheSources() {
    List<Snippets.Block> blocks = Snippets.blocks();
    assertFalse(blocks.isEmpty(), "no tagged blocks found under " + Snippets.moduleDir());
    for (String page : List.of("guide/counter.md", "guide/pipeline.md", "guide/sql-store.md", "guide/handles.md", "guide/values.md",
        "guide/postgres-cache.md", "guide/jdk-classes.md",
        "guide/concurrency.md")) {
      assertTrue(blocks.stream().anyMatch(b -> b.kind().equals("snippet")
              && Snippets.moduleDir().relativize(b.file()).toString().equals(page)),
          page + " shows no snippet");
    }
  }

  /**
   * The guide shows the LRU cache spec's machine as the processor generates it: its golden file,
   * which the processor's {@code GoldenTest} keeps equal to the generated source.
   */
  @Test
  void theGuideShowsTheGeneratedLruMachine() throws IOException {
    Path golden = Snippets.moduleDir().resolveSibling("processor")
        .resolve("src/test/resources/golden/lru/LruCacheSpecMachine.java");
    Snippets.assertOutput("lru-machine", Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void regionsAreDedented() {
    assertEquals("a\n  b\n\nc", Snippets.dedent(List.of("", "    a", "      b", "", "    c", "  ")));
  }
}

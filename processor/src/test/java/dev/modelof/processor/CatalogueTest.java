package dev.modelof.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.processor.validation.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The message catalogue: stable, unique ids, each documented in docs/diagnostics.md. */
class CatalogueTest {
  @Test
  void idsAreUnique() {
    List<String> ids = Arrays.stream(Message.values()).map(Message::id).toList();
    assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
  }

  @Test
  void everyMessageIsDocumented() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "diagnostics.md"), StandardCharsets.UTF_8);
    for (Message message : Message.values()) {
      assertTrue(docs.contains("\n### " + message.id() + "\n") || docs.contains("\n### " + message.id() + " ("),
          message.id() + " has no entry in docs/diagnostics.md");
    }
  }

  @Test
  void textStartsWithTheId() {
    for (Message message : Message.values()) {
      assertTrue(message.format("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k").startsWith("[" + message.id() + "] "));
    }
  }
}

package dev.modelof.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.processor.validation.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message catalogue, docs/diagnostics.md and the tests agree one to one: every message has
 * one section in the docs, whose example text is what the processor prints, and at least one
 * test; every section is a message.
 */
class CatalogueTest {
  private static final Path DOCS = Path.of("..", "docs", "diagnostics.md");
  private static final Path TESTS = Path.of("src", "test", "java");
  /** {@code ### ImplMissingOperation} or {@code ### NoJUnit (note)}. */
  private static final Pattern SECTION = Pattern.compile("^### (\\w+)(?: \\(note\\))?$", Pattern.MULTILINE);
  /** A message quoted in the docs: a line in single or double backticks. */
  private static final Pattern QUOTED = Pattern.compile("^(?:`` (.+) ``|`([^`].*)`)$", Pattern.MULTILINE);
  /** A reference to a message in test code. */
  private static final Pattern REFERENCE = Pattern.compile("Message\\.([A-Z_]+)\\b");

  @Test
  void idsAreUnique() {
    List<String> ids = Arrays.stream(Message.values()).map(Message::id).toList();
    assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
  }

  /** The id is the constant's name in UpperCamel case, spelled as the words are: NoJUnit for NO_JUNIT. */
  @Test
  void idSpellsTheConstantName() {
    for (Message message : Message.values()) {
      assertTrue(message.id().equalsIgnoreCase(message.name().replace("_", "")), message + " has id " + message.id());
    }
  }

  @Test
  void textStartsWithTheId() {
    for (Message message : Message.values()) {
      assertTrue(message.format("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k").startsWith("[" + message.id() + "] "));
    }
  }

  @Test
  void everyMessageHasOneSectionAndEverySectionIsAMessage() throws IOException {
    List<String> sections = sections().keySet().stream().toList();
    List<String> ids = Arrays.stream(Message.values()).map(Message::id).toList();
    List<String> all = new ArrayList<>();
    Matcher headings = SECTION.matcher(docs());
    while (headings.find()) {
      all.add(headings.group(1));
    }
    assertEquals(all.size(), sections.size(), "a section appears twice in docs/diagnostics.md: " + all);
    assertEquals(List.of(), ids.stream().filter(id -> !sections.contains(id)).toList(), "messages without a section");
    assertEquals(List.of(), sections.stream().filter(id -> !ids.contains(id)).toList(), "sections without a message");
    for (Message message : Message.values()) {
      boolean note = docs().contains("\n### " + message.id() + " (note)\n");
      assertEquals(message.kind() == javax.tools.Diagnostic.Kind.NOTE, note, message.id() + ": (note) marks exactly the notes");
    }
  }

  @Test
  void everySectionQuotesItsMessageAsPrinted() throws IOException {
    Map<String, String> sections = sections();
    for (Message message : Message.values()) {
      String section = sections.getOrDefault(message.id(), "");
      Pattern printed = printed(message);
      List<String> quoted = new ArrayList<>();
      Matcher quotes = QUOTED.matcher(section);
      while (quotes.find()) {
        quoted.add(quotes.group(1) != null ? quotes.group(1) : quotes.group(2));
      }
      assertTrue(
          quoted.stream().anyMatch(q -> printed.matcher(q).matches()),
          message.id() + ": no quoted text in docs/diagnostics.md matches the message as printed, " + printed
              + "; quoted: " + quoted);
    }
  }

  @Test
  void everyMessageHasATest() throws IOException {
    String tests;
    try (Stream<Path> files = Files.walk(TESTS)) {
      tests =
          files
              .filter(f -> f.toString().endsWith(".java") && !f.endsWith("CatalogueTest.java"))
              .map(CatalogueTest::read)
              .collect(Collectors.joining("\n"));
    }
    List<String> referenced = new ArrayList<>();
    Matcher references = REFERENCE.matcher(tests);
    while (references.find()) {
      referenced.add(references.group(1));
    }
    List<String> untested =
        Arrays.stream(Message.values()).map(Message::name).filter(n -> !referenced.contains(n)).toList();
    assertEquals(List.of(), untested, "messages that no test compiles a spec for");
  }

  /** The text of each {@code ### Id} section, up to the next heading, by id. */
  private static Map<String, String> sections() throws IOException {
    String docs = docs();
    Map<String, String> sections = new LinkedHashMap<>();
    Matcher headings = SECTION.matcher(docs);
    while (headings.find()) {
      int end = docs.indexOf("\n#", headings.end());
      sections.put(headings.group(1), docs.substring(headings.end(), end < 0 ? docs.length() : end));
    }
    return sections;
  }

  /** The message as printed, without its id, any argument matching anything. */
  private static Pattern printed(Message message) {
    String marker = "\u0000";
    String text = message.format((Object[]) java.util.Collections.nCopies(12, marker).toArray(new String[0]));
    text = text.substring(("[" + message.id() + "] ").length());
    return Pattern.compile(
        Arrays.stream(text.split(marker, -1)).map(Pattern::quote).collect(Collectors.joining(".+?")));
  }

  private static String docs() throws IOException {
    return Files.readString(DOCS, StandardCharsets.UTF_8);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

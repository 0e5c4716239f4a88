package dev.modelof.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps the guide's code and output blocks equal to what the sources and runs give.
 *
 * <p>In a Java source of this module or of an example module, {@code // [name]} and {@code // [/name]} mark a region. In the Markdown, a
 * line {@code <!-- snippet: name -->} right before a fenced block says the block shows that region;
 * {@code <!-- output: name -->} says it shows what a test printed under that name. A block that
 * differs fails the build; {@code -Dmodelof.updateSnippets=true} rewrites it instead, and says so.
 */
public final class Snippets {
  private static final Pattern REGION_MARK = Pattern.compile("^\\s*// \\[(/?)([a-z0-9-]+)]\\s*$");
  private static final Pattern BLOCK_TAG = Pattern.compile("^<!-- (snippet|output): ([a-z0-9-]+) -->$");

  private Snippets() {}

  /** The module's directory: Surefire's {@code basedir}, or the working directory. */
  public static Path moduleDir() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
  }

  /** True when blocks that differ are rewritten rather than reported. */
  public static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("modelof.updateSnippets", "false"));
  }

  /** One tagged fenced block of a Markdown file. */
  public record Block(Path file, String kind, String name, int firstLine, int endLine, String text) {
    /** Where it is, as a reader finds it: {@code guide/counter.md:12}. */
    public String where() {
      return moduleDir().relativize(file) + ":" + (firstLine + 1);
    }
  }

  /**
   * Where the Markdown's code comes from: this module's sources and the examples', which
   * docs/guide.md and docs/btree.md show.
   */
  static final List<String> SOURCE_ROOTS = List.of("src", "../example-lru/src", "../example-btree/src");

  /** The marked regions of every Java source under the {@link #SOURCE_ROOTS}, de-indented, by name. */
  public static Map<String, String> regions() {
    Map<String, String> regions = new LinkedHashMap<>();
    List<Path> sources = new ArrayList<>();
    for (String root : SOURCE_ROOTS) {
      sources.addAll(files(moduleDir().resolve(root).normalize(), ".java"));
    }
    for (Path source : sources) {
      List<String> lines = read(source);
      Map<String, List<String>> open = new LinkedHashMap<>();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        Matcher mark = REGION_MARK.matcher(line);
        if (!mark.matches()) {
          open.values().forEach(body -> body.add(line));
          continue;
        }
        String name = mark.group(2);
        String at = moduleDir().relativize(source) + ":" + (i + 1);
        if (mark.group(1).isEmpty()) {
          if (open.put(name, new ArrayList<>()) != null || regions.containsKey(name)) {
            throw new AssertionError(at + ": region [" + name + "] is opened twice");
          }
        } else {
          List<String> body = open.remove(name);
          if (body == null) {
            throw new AssertionError(at + ": [/" + name + "] closes a region that is not open");
          }
          regions.put(name, dedent(body));
        }
      }
      if (!open.isEmpty()) {
        throw new AssertionError(moduleDir().relativize(source) + ": regions not closed: " + open.keySet());
      }
    }
    return regions;
  }

  /** Every tagged block of the Markdown files of this module, outside target/ and src/. */
  public static List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    for (Path file : markdownFiles()) {
      blocks.addAll(blocksOf(file));
    }
    return blocks;
  }

  private static List<Block> blocksOf(Path file) {
    List<Block> blocks = new ArrayList<>();
    List<String> lines = read(file);
    for (int i = 0; i < lines.size(); i++) {
      Matcher tag = BLOCK_TAG.matcher(lines.get(i).trim());
      if (!tag.matches()) {
        continue;
      }
      String where = moduleDir().relativize(file) + ":" + (i + 1);
      int open = i + 1;
      if (open >= lines.size() || !lines.get(open).startsWith("```")) {
        throw new AssertionError(where + ": a fenced block must follow " + lines.get(i).trim());
      }
      int close = open + 1;
      while (close < lines.size() && !lines.get(close).equals("```")) {
        close++;
      }
      if (close == lines.size()) {
        throw new AssertionError(where + ": the fenced block is not closed");
      }
      blocks.add(new Block(file, tag.group(1), tag.group(2), open + 1, close,
          String.join("\n", lines.subList(open + 1, close))));
    }
    return blocks;
  }

  /**
   * Checks that the block tagged {@code <!-- output: name -->} shows {@code printed}; with
   * updating, rewrites it. Fails when no Markdown file has such a block.
   */
  public static void assertOutput(String name, String printed) {
    String expected = printed.stripTrailing();
    List<Block> found = blocks().stream().filter(b -> b.kind().equals("output") && b.name().equals(name)).toList();
    if (found.isEmpty()) {
      throw new AssertionError("no Markdown block is tagged <!-- output: " + name + " -->; it should show:\n"
          + expected);
    }
    for (Block block : found) {
      if (!block.text().equals(expected)) {
        if (!updating()) {
          throw new AssertionError(block.where() + ": the block <!-- output: " + name + " --> is not what the"
              + " test prints (rerun with -Dmodelof.updateSnippets=true to rewrite it). It prints:\n" + expected);
        }
        rewrite(block, expected);
      }
    }
  }

  /**
   * Replaces the body of {@code block} with {@code text} and says so on standard output. The block
   * is found again by its tag, since rewriting an earlier block of the file moves it.
   */
  public static void rewrite(Block block, String text) {
    List<Block> same = blocksOf(block.file()).stream()
        .filter(b -> b.kind().equals(block.kind()) && b.name().equals(block.name()))
        .toList();
    if (same.size() != 1) {
      throw new AssertionError(moduleDir().relativize(block.file()) + " has " + same.size()
          + " blocks tagged <!-- " + block.kind() + ": " + block.name() + " -->; rewriting needs exactly one");
    }
    Block current = same.get(0);
    List<String> lines = new ArrayList<>(read(current.file()));
    List<String> body = text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    lines.subList(current.firstLine(), current.endLine()).clear();
    lines.addAll(current.firstLine(), body);
    try {
      Files.writeString(current.file(), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println("modelof.updateSnippets: rewrote " + current.where() + " <!-- " + current.kind() + ": "
        + current.name() + " -->");
  }

  static List<Path> markdownFiles() {
    Path dir = moduleDir();
    return files(dir, ".md").stream()
        .filter(p -> !p.startsWith(dir.resolve("target")) && !p.startsWith(dir.resolve("src")))
        .toList();
  }

  private static List<Path> files(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines without their common indentation and trailing blanks, joined. */
  public static String dedent(List<String> lines) {
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      out.add(line.isBlank() ? "" : line.substring(indent).stripTrailing());
    }
    int from = 0;
    int to = out.size();
    while (from < to && out.get(from).isEmpty()) {
      from++;
    }
    while (to > from && out.get(to - 1).isEmpty()) {
      to--;
    }
    return String.join("\n", out.subList(from, to));
  }
}

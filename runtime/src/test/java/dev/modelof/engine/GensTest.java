package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Gen;
import dev.modelof.Gens;
import dev.modelof.Range;
import dev.modelof.Settings;
import dev.modelof.Source;
import dev.modelof.internal.Generators;
import dev.modelof.sample.Point;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class GensTest {
  private static final Gen<Integer> SMALL = Gens.ints(-100, 100);
  private static final Gen<Point> POINTS = Generators.records(Point.class,
      c -> new Point((int) c.get(0), (int) c.get(1)), p -> List.of(p.x(), p.y()), SMALL, SMALL);

  /** {@code count} values of {@code gen} at {@code size}, each from a source of its own. */
  private static <T> List<T> sample(Gen<T> gen, int size, int count) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(gen.generate(Source.seeded(i * 31L + size, size)));
    }
    return out;
  }

  private static <T> void assertSizes(Gen<T> gen, ToIntFunction<T> size, int min, int max) {
    List<T> first = sample(gen, 1, 300);
    List<T> last = sample(gen, 100, 300);
    first.forEach(v -> assertTrue(size.applyAsInt(v) >= min && size.applyAsInt(v) <= Math.min(max, min + 1),
        "at size 1, " + ValueText.show(v)));
    last.forEach(v -> assertTrue(size.applyAsInt(v) >= min && size.applyAsInt(v) <= max, "at size 100, " + ValueText.show(v)));
    assertTrue(first.stream().anyMatch(v -> size.applyAsInt(v) == min), "the smallest comes first");
    assertTrue(last.stream().anyMatch(v -> size.applyAsInt(v) == max), "the largest comes with size");
  }

  @Test
  void stringsDrawEveryCharacterThatBreaksCodeAndStayMostlyReadable() {
    List<String> drawn = sample(Gens.strings(), 100, 3000);
    Map<String, java.util.function.IntPredicate> kinds = new java.util.LinkedHashMap<>();
    kinds.put("NUL", c -> c == 0);
    kinds.put("a surrogate pair", Character::isSupplementaryCodePoint);
    kinds.put("a character past U+8000", c -> c >= 0x8000 && c <= 0xFFFF);
    kinds.put("a combining mark", c -> Character.getType(c) == Character.NON_SPACING_MARK);
    kinds.put("a right-to-left mark", c -> c == 0x200F || c == 0x202E);
    kinds.put("U+FFFF", c -> c == 0xFFFF);
    kinds.forEach((kind, is) -> assertTrue(drawn.stream().anyMatch(v -> v.codePoints().anyMatch(is)), "no " + kind));
    long points = drawn.stream().mapToLong(v -> v.codePoints().count()).sum();
    long common = drawn.stream().mapToLong(v -> v.codePoints().filter(c -> c >= 'a' && c <= 'e').count()).sum();
    assertTrue(common > 0.8 * points, common + " of " + points + " code points from abcde");
    for (String value : drawn) {
      assertTrue(value.length() <= Settings.DEFAULT_MAX_SIZE, value);
      assertFalse(hasLoneSurrogate(value), ValueText.show(value));
    }
  }

  @Test
  void stringsShrinkTowardShortReadableStringsAndNeverSplitAPair() {
    Gen<String> strings = Gens.strings(2, 10);
    String value = "x\uD83D\uDE00b\u0301c\u200Fd";
    for (String candidate : strings.shrink(value)) {
      assertFalse(hasLoneSurrogate(candidate), ValueText.show(candidate));
      assertTrue(candidate.length() >= 2, ValueText.show(candidate));
    }
    assertEquals("aa", shrunk(strings, value, v -> true));
    assertEquals("\uD83D\uDE00", shrunk(strings, value, v -> v.codePoints().anyMatch(Character::isSupplementaryCodePoint)));
    assertEquals("a\u0301", shrunk(strings, value, v -> v.contains("\u0301")));
  }

  /** The greedy shrink of {@code value}: the first simpler candidate that still has {@code property}, until none does. */
  private static String shrunk(Gen<String> gen, String value, java.util.function.Predicate<String> property) {
    for (boolean smaller = true; smaller; ) {
      smaller = false;
      for (String candidate : gen.shrink(value)) {
        if (property.test(candidate)) {
          value = candidate;
          smaller = true;
          break;
        }
      }
    }
    return value;
  }

  private static boolean hasLoneSurrogate(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1)))) {
        return true;
      }
      if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aNullableGeneratorDrawsNullOneTimeInTenAndShrinksToItFirst() {
    Gen<String> nullable = Gens.nullable(Gens.strings());
    for (int size : new int[] {1, 100}) {
      long nulls = sample(nullable, size, 2000).stream().filter(v -> v == null).count();
      assertTrue(nulls > 150 && nulls < 250, nulls + " nulls in 2000 at size " + size);
    }
    assertEquals(null, nullable.shrink("abc").get(0));
    assertEquals(Gens.strings().shrink("abc"), nullable.shrink("abc").subList(1, nullable.shrink("abc").size()));
    assertEquals(List.of(), nullable.shrink(null));
    assertEquals("null", new JavaWriter().literal(null, nullable));
    assertEquals("\"abc\"", new JavaWriter().literal("abc", nullable));
  }

  @Test
  void collectionsStartSmallAndGrowWithinTheirBounds() {
    assertSizes(Gens.lists(SMALL, 0, 10), List::size, 0, 10);
    assertSizes(Gens.lists(SMALL, 2, 5), List::size, 2, 5);
    assertSizes(Gens.sets(SMALL, 0, 10), Set::size, 0, 10);
    assertSizes(Gens.maps(SMALL, Gens.strings(0, 3), 1, 10), Map::size, 1, 10);
    assertSizes(Gens.intArrays(SMALL, 0, 10), a -> a.length, 0, 10);
    assertSizes(Gens.arrays(Gens.strings(0, 3), 0, 10, String[]::new), a -> a.length, 0, 10);
  }

  @Test
  void optionalsAreOftenEmptyAtFirstAndMostlyPresentLater() {
    long emptyFirst = sample(Gens.optionals(SMALL), 1, 1000).stream().filter(Optional::isEmpty).count();
    long emptyLast = sample(Gens.optionals(SMALL), 100, 1000).stream().filter(Optional::isEmpty).count();
    assertTrue(emptyFirst > 400 && emptyFirst < 600, "empty at first: " + emptyFirst);
    assertTrue(emptyLast > 100 && emptyLast < 250, "empty later: " + emptyLast);
  }

  @Test
  void setsHoldDistinctElementsAndDoNotLoopWhenTheElementsRunOut() {
    for (Set<Boolean> set : sample(Gens.sets(Gens.booleans(), 0, 10), 100, 100)) {
      assertTrue(set.size() <= 2);
    }
    for (Map<Boolean, Integer> map : sample(Gens.maps(Gens.booleans(), SMALL, 0, 10), 100, 100)) {
      assertTrue(map.size() <= 2);
    }
  }

  @Test
  void everyPrimitiveArrayTypeHasItsGenerator() {
    assertInstanceOf(boolean[].class, Gens.booleanArrays(Gens.booleans(), 1, 3).generate(Source.seeded(1, 50)));
    assertInstanceOf(byte[].class, Gens.byteArrays(Gens.bytes(-5, 5), 1, 3).generate(Source.seeded(1, 50)));
    assertInstanceOf(short[].class, Gens.shortArrays(Gens.shorts(-5, 5), 1, 3).generate(Source.seeded(1, 50)));
    assertInstanceOf(char[].class, Gens.charArrays(Gens.chars('a', 'z'), 1, 3).generate(Source.seeded(1, 50)));
    assertInstanceOf(int[].class, Gens.intArrays(SMALL, 1, 3).generate(Source.seeded(1, 50)));
    assertInstanceOf(long[].class, Gens.longArrays(Gens.longs(-5, 5), 1, 3).generate(Source.seeded(1, 50)));
    assertInstanceOf(float[].class, Gens.floatArrays(Gens.floats(-5, 5), 1, 3).generate(Source.seeded(1, 50)));
    assertInstanceOf(double[].class, Gens.doubleArrays(Gens.doubles(-5, 5), 1, 3).generate(Source.seeded(1, 50)));
    assertInstanceOf(Point[].class, Gens.arrays(POINTS, 1, 3, Point[]::new).generate(Source.seeded(1, 50)));
  }

  @Test
  void listsShrinkToShorterListsFirstThenElementByElement() {
    Gen<List<Integer>> gen = Gens.lists(SMALL, 1, 10);
    List<Integer> value = List.of(5, 0, 7);
    List<List<Integer>> shrinks = gen.shrink(value);
    assertEquals(List.of(5), shrinks.get(0));
    assertTrue(shrinks.containsAll(List.of(List.of(0, 7), List.of(5, 7), List.of(5, 0), List.of(0, 0, 7),
        List.of(5, 0, 0))), shrinks.toString());
    assertTrue(shrinks.indexOf(List.of(5, 0)) < shrinks.indexOf(List.of(0, 0, 7)), "shorter lists come first");
    shrinks.forEach(s -> assertTrue(s.size() >= 1, "below the minimum: " + s));
    assertFalse(shrinks.contains(value));
    assertEquals(List.of(), Gens.lists(SMALL, 0, 10).shrink(List.of()));
    assertEquals(List.of(), Gens.lists(SMALL, 1, 10).shrink(List.of(0)));
  }

  @Test
  void setsMapsArraysAndOptionalsShrinkTowardEmpty() {
    assertEquals(Set.of(), Gens.sets(SMALL, 0, 10).shrink(Set.of(3, 4)).get(0));
    assertTrue(Gens.sets(SMALL, 2, 10).shrink(Set.of(3, 4)).stream().allMatch(s -> s.size() == 2));
    assertTrue(Gens.sets(SMALL, 2, 10).shrink(Set.of(3, 4)).contains(Set.of(0, 4)));
    assertEquals(Map.of(), Gens.maps(SMALL, SMALL, 0, 10).shrink(Map.of(3, 4)).get(0));
    assertTrue(Gens.maps(SMALL, SMALL, 0, 10).shrink(Map.of(3, 4)).containsAll(List.of(Map.of(0, 4), Map.of(3, 0))));
    // a key that would collide with another is not a candidate: 3 -> 0 would make {0=4}
    assertFalse(Gens.maps(SMALL, SMALL, 0, 10).shrink(Map.of(0, 1, 3, 4)).contains(Map.of(0, 4)));
    List<int[]> arrays = Gens.intArrays(SMALL, 0, 10).shrink(new int[] {2, 9});
    assertArrayEquals(new int[0], arrays.get(0));
    assertTrue(arrays.stream().anyMatch(a -> Arrays.equals(a, new int[] {0, 9})));
    assertEquals(List.of(Optional.empty(), Optional.of(0), Optional.of(2), Optional.of(3)),
        Gens.optionals(SMALL).shrink(Optional.of(4)));
    assertEquals(List.of(), Gens.optionals(SMALL).shrink(Optional.empty()));
    assertEquals(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
        Gens.enums(DayOfWeek.values()).shrink(DayOfWeek.WEDNESDAY));
  }

  @Test
  void recordsAreBuiltAndShrunkByTheirComponents() {
    Point point = POINTS.generate(Source.seeded(3, 100));
    assertTrue(Math.abs(point.x()) <= 100 && Math.abs(point.y()) <= 100);
    assertEquals(List.of(new Point(0, 5), new Point(2, 5), new Point(3, 5), new Point(4, 0), new Point(4, 3),
        new Point(4, 4)), POINTS.shrink(new Point(4, 5)));
  }

  /** A record whose constructor rejects some components. */
  record Range(int low, int high) {
    Range {
      if (low > high) {
        throw new IllegalArgumentException(low + " > " + high);
      }
    }
  }

  @Test
  void aRecordWhoseConstructorRejectsSomeComponentsIsDrawnAgainAndNotShrunkThere() {
    Gen<Range> ranges = Gens.records(c -> new Range((int) c.get(0), (int) c.get(1)), r -> List.of(r.low(), r.high()),
        SMALL, SMALL);
    for (Range range : sample(ranges, 100, 200)) {
      assertTrue(range.low() <= range.high());
    }
    // low toward 0 or 3 would pass high: those are skipped
    assertEquals(List.of(new Range(-2, -1), new Range(-3, 0)), ranges.shrink(new Range(-3, -1)).subList(0, 2));
    assertTrue(ranges.shrink(new Range(-3, -1)).stream().allMatch(r -> r.low() <= r.high()));
    Gen<Range> impossible = Gens.records(c -> new Range(1, 0), r -> List.of(r.low(), r.high()), SMALL, SMALL);
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> impossible.generate(Source.seeded(1, 1)));
    assertTrue(error.getMessage().startsWith("The constructor of a record rejected 100 draws of its components"),
        error.getMessage());
  }

  @Test
  void equalGeneratorsShareAPoolSoPartsComeBackAsArguments() {
    assertEquals(Gens.lists(SMALL, 0, 4), Gens.lists(Gens.ints(-100, 100), 0, 4));
    assertNotEquals(Gens.lists(SMALL, 0, 4), Gens.lists(SMALL, 0, 5));
    assertEquals(Gens.maps(SMALL, Gens.strings(0, 3), 0, 4), Gens.maps(SMALL, Gens.strings(0, 3), 0, 4));
    assertEquals(Gens.intArrays(SMALL, 0, 4), Gens.intArrays(SMALL, 0, 4));
    assertNotEquals(Gens.intArrays(SMALL, 0, 4), Gens.longArrays(Gens.longs(-100, 100), 0, 4));
    assertEquals(Gens.arrays(SMALL, 0, 4, Integer[]::new), Gens.arrays(SMALL, 0, 4, n -> new Integer[n]));
    Function<List<Object>, Point> build = c -> new Point((int) c.get(0), (int) c.get(1));
    Function<Point, List<Object>> parts = p -> List.of(p.x(), p.y());
    assertEquals(POINTS, Generators.records(Point.class, build, parts, SMALL, SMALL));
    assertEquals(POINTS.hashCode(), Generators.records(Point.class, build, parts, SMALL, SMALL).hashCode());
    assertEquals(Gens.records(build, parts, SMALL, SMALL), Gens.records(build, parts, SMALL, SMALL));
    assertNotEquals(Gens.records(build, parts, SMALL, SMALL), Gens.records(build, p -> List.of(p.x(), p.y()), SMALL, SMALL));

    // the elements of a drawn list join the pool of their generator: a later int argument reuses them
    Source source = Source.seeded(5, 100);
    List<Integer> list = source.draw(Gens.lists(Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE), 5, 5));
    Set<Integer> later = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      later.add(source.draw(Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE)));
    }
    assertTrue(later.stream().anyMatch(list::contains), list + " " + later);
  }

  @Test
  void compositeValuesAreWrittenAsJavaWithTheHelpOfTheirGenerators() {
    JavaWriter java = new JavaWriter();
    assertEquals("new Point(1, -2)", java.literal(new Point(1, -2), POINTS));
    assertEquals("List.of(new Point(1, 2), new Point(3, 4))",
        java.literal(List.of(new Point(1, 2), new Point(3, 4)), Gens.lists(POINTS, 0, 4)));
    assertEquals("Optional.of(new Point(0, 0))", java.literal(Optional.of(new Point(0, 0)), Gens.optionals(POINTS)));
    assertEquals("Optional.empty()", java.literal(Optional.empty(), Gens.optionals(POINTS)));
    assertEquals("Set.of(new Point(0, 0))", java.literal(Set.of(new Point(0, 0)), Gens.sets(POINTS, 0, 4)));
    assertEquals("Map.of(new Point(0, 0), \"a\")",
        java.literal(Map.of(new Point(0, 0), "a"), Gens.maps(POINTS, Gens.strings(0, 3), 0, 4)));
    assertEquals("new Point[] {new Point(0, 1)}",
        java.literal(new Point[] {new Point(0, 1)}, Gens.arrays(POINTS, 0, 4, Point[]::new)));
    assertEquals("new int[] {1, 2}", java.literal(new int[] {1, 2}, Gens.intArrays(SMALL, 0, 4)));
    assertEquals("new char[] {'a'}", java.literal(new char[] {'a'}, Gens.charArrays(Gens.chars('a', 'z'), 0, 4)));
    assertEquals("new long[] {}", java.literal(new long[0], Gens.longArrays(Gens.longs(0, 4), 0, 4)));
    assertEquals(List.of("import dev.modelof.sample.Point;", "import java.util.List;", "import java.util.Map;",
        "import java.util.Optional;", "import java.util.Set;"), java.importLines());
    // a generic record, and one with no name: no literal
    assertEquals("new Pair<>(1, 2)", new JavaWriter().literal(new Pair<>(1, 2), Generators.records(Pair.class,
        c -> new Pair<>(c.get(0), c.get(1)), p -> List.of(p.first(), p.second()), SMALL, SMALL)));
    assertEquals(null, new JavaWriter().literal(new Point(1, 2), Gens.records(
        c -> new Point((int) c.get(0), (int) c.get(1)), p -> List.of(p.x(), p.y()), SMALL, SMALL)));
    assertEquals(null, new JavaWriter().literal(List.of(new Point(1, 2)), Gens.lists(Gens.records(
        c -> new Point((int) c.get(0), (int) c.get(1)), p -> List.of(p.x(), p.y()), SMALL, SMALL), 0, 3)));
  }

  record Pair<A, B>(A first, B second) {}
}

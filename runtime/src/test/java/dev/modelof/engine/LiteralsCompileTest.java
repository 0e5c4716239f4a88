package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.modelof.Gen;
import dev.modelof.Gens;
import dev.modelof.internal.Generators;
import dev.modelof.testing.InMemoryJavac;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The values whose Java literals are easy to get wrong, written as a regression test writes them,
 * compiled with javac ({@code -Xlint:all -Werror}) and evaluated: each gives back a value equal to
 * the one written (by {@code equals}, so {@code NaN} is {@code NaN} and {@code -0.0} is not {@code
 * 0.0}).
 */
class LiteralsCompileTest {
  /** A record nested in a class, with a component of an enum of another package. */
  public static final class Outer {
    public record Inner(DayOfWeek day, char mark) {}
  }

  private static final Gen<Outer.Inner> INNER = Generators.records(Outer.Inner.class,
      c -> new Outer.Inner((DayOfWeek) c.get(0), (char) c.get(1)),
      i -> Arrays.asList(i.day(), i.mark()),
      Gens.enums(DayOfWeek.values()), Gens.chars());

  @Test
  void trickyValuesCompileToThemselves() throws Exception {
    List<Object> values = List.of(
        Double.NaN, -0.0, 0.0, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE,
        Float.NaN, -0.0f, Float.MIN_VALUE, Float.POSITIVE_INFINITY,
        Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE, Short.MIN_VALUE, Byte.MIN_VALUE,
        '\u0000', '\'', '\\', '"', '\uD83D', '\u2028', '\uFFFF',
        "", "\u0000", "a\uD83D\uDE00b", "\uDE00\uD83D", "quote \" and \\ and '", "line\nbreak\r\ttab\u2029",
        "e\u0301", Thread.State.BLOCKED, DayOfWeek.MONDAY, Optional.of(-0.0), Map.of('\u0000', "\u0000"));
    JavaWriter java = new JavaWriter();
    List<String> methods = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      String literal = java.literal(value);
      assertNotNull(literal, () -> "no literal for " + value);
      methods.add("  static Object value" + i + "() {\n    return " + literal + ";\n  }\n");
    }
    Outer.Inner inner = new Outer.Inner(DayOfWeek.SUNDAY, '\u0000');
    String innerLiteral = java.literal(inner, INNER);
    assertNotNull(innerLiteral);
    methods.add("  static Object nested() {\n    return " + innerLiteral + ";\n  }\n");
    StringBuilder source = new StringBuilder("package dev.modelof.engine;\n\n");
    java.importLines().forEach(line -> source.append(line).append('\n'));
    source.append("\nclass WrittenLiterals {\n").append(String.join("\n", methods)).append("}\n");

    Class<?> written = InMemoryJavac.compile("dev.modelof.engine.WrittenLiterals", source.toString());
    for (int i = 0; i < values.size(); i++) {
      var method = written.getDeclaredMethod("value" + i);
      method.setAccessible(true);
      assertEquals(values.get(i), method.invoke(null), "value" + i + " in\n" + source);
    }
    var nested = written.getDeclaredMethod("nested");
    nested.setAccessible(true);
    assertEquals(inner, nested.invoke(null), source.toString());
  }
}

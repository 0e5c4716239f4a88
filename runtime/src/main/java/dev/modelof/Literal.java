package dev.modelof;

/**
 * A generator that writes its values as Java source, so that a regression test can pass them as
 * arguments: a record as {@code new Point(1, 2)}, a list of records element by element. The
 * built-in generators of records, {@code Optional}s, collections and arrays implement it; a
 * {@link From} generator of a type with no literal of its own may too:
 *
 * <pre>{@code
 * public final class Colors implements Gen<Color>, Literal<Color> {
 *   public Color generate(Source source) { ... }
 *   public String literal(Color value, Literal.Writer java) {
 *     return java.type(Color.class) + ".decode(" + java.literal(value.getRGB() & 0xFFFFFF) + ")";
 *   }
 * }
 * }</pre>
 *
 * @param <T> the type of the values
 */
public interface Literal<T> {
  /** {@code value} as a Java expression equal to it, or null when there is none. */
  String literal(T value, Writer java);

  /** How a {@link Literal} writes the parts of a value and the names of types. */
  interface Writer {
    /**
     * {@code value} as a Java expression, written by {@code gen} when it is a {@link Literal},
     * otherwise by its type alone; null when there is none.
     */
    String literal(Object value, Gen<?> gen);

    /** {@code value} as a Java expression by its type alone (numbers, strings, enums, ...); or null. */
    String literal(Object value);

    /** The name to write for {@code type}, imported when that is possible: {@code Color}. */
    default String type(Class<?> type) {
      return type(type.getCanonicalName());
    }

    /**
     * The name to write for the class {@code canonicalName}, imported when that is possible; for a
     * name only known as text ({@code com.example.Pair<>}).
     */
    String type(String canonicalName);
  }
}

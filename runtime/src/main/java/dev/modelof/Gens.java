package dev.modelof;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The built-in generators that generated machines use. Each is a record, so two parameters with
 * the same type and bounds share one pool of reused values. Generators of composite values take
 * the generators of their parts, and write their values as Java source ({@link Literal}).
 */
public final class Gens {
  private Gens() {}

  /** Ints in {@code [min, max]}. */
  public static Gen<Integer> ints(long min, long max) {
    return new Ints((int) Math.max(min, Integer.MIN_VALUE), (int) Math.min(max, Integer.MAX_VALUE));
  }

  /** Longs in {@code [min, max]}. */
  public static Gen<Long> longs(long min, long max) {
    return new Longs(min, max);
  }

  /** Shorts in {@code [min, max]}. */
  public static Gen<Short> shorts(long min, long max) {
    return new Shorts((short) Math.max(min, Short.MIN_VALUE), (short) Math.min(max, Short.MAX_VALUE));
  }

  /** Bytes in {@code [min, max]}. */
  public static Gen<Byte> bytes(long min, long max) {
    return new Bytes((byte) Math.max(min, Byte.MIN_VALUE), (byte) Math.min(max, Byte.MAX_VALUE));
  }

  /** Chars in {@code [min, max]}; unbounded, mostly lower-case letters. */
  public static Gen<Character> chars(long min, long max) {
    return new Chars((char) Math.max(min, Character.MIN_VALUE), (char) Math.min(max, Character.MAX_VALUE));
  }

  /** Doubles in {@code [min, max]}; unbounded, with NaN and the infinities among the edge cases. */
  public static Gen<Double> doubles(double min, double max) {
    return new Doubles(min, max);
  }

  /** Floats in {@code [min, max]}. */
  public static Gen<Float> floats(double min, double max) {
    return new Floats(min, max);
  }

  /** false and true. */
  public static Gen<Boolean> booleans() {
    return new Booleans();
  }

  /** Strings of {@code minLength} to {@code maxLength} chars, mostly from a small alphabet. */
  public static Gen<String> strings(int minLength, int maxLength) {
    return new Strings(minLength, maxLength);
  }

  /** One of {@code values} (an enum's constants, say); shrinks toward the first. */
  @SafeVarargs
  public static <T> Gen<T> oneOf(T... values) {
    List<T> choices = new ArrayList<>(values.length);
    for (T value : values) {
      choices.add(value);
    }
    return new OneOf<>(List.copyOf(choices));
  }

  /** Optional.empty() or a value of {@code value}: empty often at first, less as size grows; shrinks to empty. */
  public static <T> Gen<Optional<T>> optionals(Gen<T> value) {
    return new CompositeGens.Optionals<>(value);
  }

  /**
   * Unmodifiable lists of {@code minSize} to {@code maxSize} elements, short at first; shrinks to
   * shorter lists, then element by element.
   */
  public static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
    return new CompositeGens.Lists<>(element, minSize, maxSize);
  }

  /**
   * Unmodifiable sets of {@code minSize} to {@code maxSize} elements in the order drawn (fewer
   * when the elements have fewer distinct values); shrinks like {@link #lists}.
   */
  public static <T> Gen<Set<T>> sets(Gen<T> element, int minSize, int maxSize) {
    return new CompositeGens.Sets<>(element, minSize, maxSize);
  }

  /**
   * Unmodifiable maps of {@code minSize} to {@code maxSize} entries in the order drawn; shrinks to
   * fewer entries, then key by key and value by value.
   */
  public static <K, V> Gen<Map<K, V>> maps(Gen<K> key, Gen<V> value, int minSize, int maxSize) {
    return new CompositeGens.Maps<>(key, value, minSize, maxSize);
  }

  /** {@code boolean[]} of {@code minSize} to {@code maxSize} elements; shrinks like {@link #lists}. */
  public static Gen<boolean[]> booleanArrays(Gen<Boolean> element, int minSize, int maxSize) {
    return new CompositeGens.PrimitiveArrays<>(new CompositeGens.Lists<>(element, minSize, maxSize),
        CompositeGens.Primitive.BOOLEAN);
  }

  /** {@code byte[]} of {@code minSize} to {@code maxSize} elements; shrinks like {@link #lists}. */
  public static Gen<byte[]> byteArrays(Gen<Byte> element, int minSize, int maxSize) {
    return new CompositeGens.PrimitiveArrays<>(new CompositeGens.Lists<>(element, minSize, maxSize),
        CompositeGens.Primitive.BYTE);
  }

  /** {@code short[]} of {@code minSize} to {@code maxSize} elements; shrinks like {@link #lists}. */
  public static Gen<short[]> shortArrays(Gen<Short> element, int minSize, int maxSize) {
    return new CompositeGens.PrimitiveArrays<>(new CompositeGens.Lists<>(element, minSize, maxSize),
        CompositeGens.Primitive.SHORT);
  }

  /** {@code char[]} of {@code minSize} to {@code maxSize} elements; shrinks like {@link #lists}. */
  public static Gen<char[]> charArrays(Gen<Character> element, int minSize, int maxSize) {
    return new CompositeGens.PrimitiveArrays<>(new CompositeGens.Lists<>(element, minSize, maxSize),
        CompositeGens.Primitive.CHAR);
  }

  /** {@code int[]} of {@code minSize} to {@code maxSize} elements; shrinks like {@link #lists}. */
  public static Gen<int[]> intArrays(Gen<Integer> element, int minSize, int maxSize) {
    return new CompositeGens.PrimitiveArrays<>(new CompositeGens.Lists<>(element, minSize, maxSize),
        CompositeGens.Primitive.INT);
  }

  /** {@code long[]} of {@code minSize} to {@code maxSize} elements; shrinks like {@link #lists}. */
  public static Gen<long[]> longArrays(Gen<Long> element, int minSize, int maxSize) {
    return new CompositeGens.PrimitiveArrays<>(new CompositeGens.Lists<>(element, minSize, maxSize),
        CompositeGens.Primitive.LONG);
  }

  /** {@code float[]} of {@code minSize} to {@code maxSize} elements; shrinks like {@link #lists}. */
  public static Gen<float[]> floatArrays(Gen<Float> element, int minSize, int maxSize) {
    return new CompositeGens.PrimitiveArrays<>(new CompositeGens.Lists<>(element, minSize, maxSize),
        CompositeGens.Primitive.FLOAT);
  }

  /** {@code double[]} of {@code minSize} to {@code maxSize} elements; shrinks like {@link #lists}. */
  public static Gen<double[]> doubleArrays(Gen<Double> element, int minSize, int maxSize) {
    return new CompositeGens.PrimitiveArrays<>(new CompositeGens.Lists<>(element, minSize, maxSize),
        CompositeGens.Primitive.DOUBLE);
  }

  /**
   * Arrays of objects, of {@code minSize} to {@code maxSize} elements, made by {@code newArray}
   * ({@code Point[]::new}); shrinks like {@link #lists}.
   */
  public static <T> Gen<T[]> arrays(Gen<T> element, int minSize, int maxSize, IntFunction<T[]> newArray) {
    return new CompositeGens.ObjectArrays<>(new CompositeGens.Lists<>(element, minSize, maxSize), newArray);
  }

  /**
   * Records (or any value made of parts) by their components: {@code build} calls the canonical
   * constructor with the drawn components in order, {@code components} lists a value's components
   * by its accessors. Shrinks component by component; a draw or a shrink the constructor rejects
   * (throws) is dropped. Regression tests cannot write these values: see the overload with the
   * record's name.
   *
   * <pre>{@code
   * Gens.records(c -> new Point((int) c.get(0), (int) c.get(1)), p -> List.of(p.x(), p.y()),
   *     Gens.ints(MIN, MAX), Gens.ints(MIN, MAX))
   * }</pre>
   */
  public static <T> Gen<T> records(Function<List<Object>, T> build, Function<T, List<Object>> components,
      Gen<?>... componentGens) {
    return new CompositeGens.Records<>(null, List.of(componentGens), build, components);
  }

  /**
   * Records by their components, as {@link #records(Function, Function, Gen[])}, whose values
   * regression tests write as {@code new Point(1, 2)}: {@code canonicalName} names the record
   * ({@code com.example.Point}; {@code com.example.Pair<>} for a generic one). Two such generators
   * with the same name and component generators share a pool of reused values.
   */
  public static <T> Gen<T> records(String canonicalName, Function<List<Object>, T> build,
      Function<T, List<Object>> components, Gen<?>... componentGens) {
    return new CompositeGens.Records<>(canonicalName, List.of(componentGens), build, components);
  }

  /** The constants of an enum, {@code Gens.enums(Color.values())}; shrinks toward the first. */
  public static <E extends Enum<E>> Gen<E> enums(E[] constants) {
    return new OneOf<>(List.of(constants));
  }

  // ---- integral numbers: small values and edge cases first, shrinking toward zero ----

  /** Draws in [min, max]: an edge case one time in eight, else a value whose magnitude grows with size. */
  static long integral(Source source, long min, long max, int bits) {
    long target = clamp(0, min, max);
    if (source.chance(0.125)) {
      return switch (source.nextInt(5)) {
        case 0 -> target;
        case 1 -> min;
        case 2 -> max;
        case 3 -> clamp(1, min, max);
        default -> clamp(-1, min, max);
      };
    }
    int scaleBits = Math.min(bits, 2 + (bits - 2) * source.size() / 100);
    long magnitude = scaleBits >= 63 ? Long.MAX_VALUE : (1L << scaleBits);
    long lo = target - min <= magnitude ? min : target - magnitude;
    long hi = max - target <= magnitude ? max : target + magnitude;
    return source.between(lo, hi);
  }

  /** Candidates between the target (zero, or the bound nearest it) and value, nearest the target first. */
  static List<Long> shrinkIntegral(long value, long min, long max) {
    long target = clamp(0, min, max);
    if (value == target) {
      return List.of();
    }
    Set<Long> out = new LinkedHashSet<>();
    out.add(target);
    if (value < 0 && -value <= max && -value > 0) {
      out.add(-value);
    }
    // value - d/2, value - d/4, ..., value - sign(d): ever closer to value
    long distance = value - target;
    for (long step = distance / 2; step != 0; step /= 2) {
      out.add(value - step);
    }
    out.add(value - Long.signum(distance));
    out.remove(value);
    return new ArrayList<>(out);
  }

  static long clamp(long value, long min, long max) {
    return Math.max(min, Math.min(max, value));
  }

  record Ints(int min, int max) implements Gen<Integer> {
    @Override
    public Integer generate(Source source) {
      return generateInt(source);
    }

    /** {@link #generate} without boxing. */
    int generateInt(Source source) {
      return (int) integral(source, min, max, 31);
    }

    @Override
    public List<Integer> shrink(Integer value) {
      return shrinkIntegral(value, min, max).stream().map(Long::intValue).toList();
    }
  }

  record Longs(long min, long max) implements Gen<Long> {
    @Override
    public Long generate(Source source) {
      return integral(source, min, max, 63);
    }

    @Override
    public List<Long> shrink(Long value) {
      return shrinkIntegral(value, min, max);
    }
  }

  record Shorts(short min, short max) implements Gen<Short> {
    @Override
    public Short generate(Source source) {
      return (short) integral(source, min, max, 15);
    }

    @Override
    public List<Short> shrink(Short value) {
      return shrinkIntegral(value, min, max).stream().map(Long::shortValue).toList();
    }
  }

  record Bytes(byte min, byte max) implements Gen<Byte> {
    @Override
    public Byte generate(Source source) {
      return (byte) integral(source, min, max, 7);
    }

    @Override
    public List<Byte> shrink(Byte value) {
      return shrinkIntegral(value, min, max).stream().map(Long::byteValue).toList();
    }
  }

  record Chars(char min, char max) implements Gen<Character> {
    @Override
    public Character generate(Source source) {
      if (min <= 'a' && 'z' <= max && !source.chance(0.1)) {
        return (char) source.between('a', 'a' + Math.min(25, 2 + source.size() / 4));
      }
      return (char) source.between(min, max);
    }

    @Override
    public List<Character> shrink(Character value) {
      long target = min <= 'a' && 'a' <= max ? 'a' : min;
      List<Character> out = new ArrayList<>();
      for (long candidate : shrinkIntegral(value - target, min - target, max - target)) {
        out.add((char) (candidate + target));
      }
      return out;
    }
  }

  record Booleans() implements Gen<Boolean> {
    @Override
    public Boolean generate(Source source) {
      return source.chance(0.5);
    }

    @Override
    public List<Boolean> shrink(Boolean value) {
      return value ? List.of(false) : List.of();
    }
  }

  record Doubles(double min, double max) implements Gen<Double> {
    @Override
    public Double generate(Source source) {
      return floating(source, min, max);
    }

    @Override
    public List<Double> shrink(Double value) {
      return shrinkFloating(value, min, max);
    }
  }

  record Floats(double min, double max) implements Gen<Float> {
    @Override
    public Float generate(Source source) {
      double lo = Math.max(min, -Float.MAX_VALUE);
      double hi = Math.min(max, Float.MAX_VALUE);
      if (Double.isInfinite(min) && Double.isInfinite(max) && source.chance(0.03)) {
        return source.pick(List.of(Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY));
      }
      return (float) floating(source, lo, hi);
    }

    @Override
    public List<Float> shrink(Float value) {
      return shrinkFloating(value, min, max).stream().map(Double::floatValue).distinct()
          .filter(f -> !f.equals(value)).toList();
    }
  }

  static double floating(Source source, double min, double max) {
    boolean unbounded = Double.isInfinite(min) && Double.isInfinite(max);
    if (unbounded && source.chance(0.03)) {
      return source.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    }
    double lo = Math.max(min, -Double.MAX_VALUE);
    double hi = Math.min(max, Double.MAX_VALUE);
    double target = Math.max(lo, Math.min(hi, 0.0));
    if (source.chance(0.125)) {
      return switch (source.nextInt(5)) {
        case 0 -> target;
        case 1 -> lo;
        case 2 -> hi;
        case 3 -> Math.max(lo, Math.min(hi, 1.0));
        default -> Math.max(lo, Math.min(hi, -1.0));
      };
    }
    double magnitude = Math.pow(2, 1 + source.size() / 4.0);
    double from = Math.max(lo, target - magnitude);
    double to = Math.min(hi, target + magnitude);
    double value = from + source.nextDouble() * (to - from);
    // mostly whole numbers or halves, so reports stay readable
    if (source.chance(0.5)) {
      double rounded = Math.rint(value);
      if (rounded >= lo && rounded <= hi) {
        return rounded;
      }
    }
    return value;
  }

  static List<Double> shrinkFloating(double value, double min, double max) {
    double lo = Math.max(min, -Double.MAX_VALUE);
    double hi = Math.min(max, Double.MAX_VALUE);
    double target = Math.max(lo, Math.min(hi, 0.0));
    if (Double.compare(value, target) == 0) {
      return List.of();
    }
    Set<Double> out = new LinkedHashSet<>();
    out.add(target);
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return new ArrayList<>(out);
    }
    double rounded = Math.rint(value);
    if (rounded >= lo && rounded <= hi) {
      out.add(rounded);
    }
    double half = target + (value - target) / 2;
    if (half != value) {
      out.add(half);
    }
    out.remove(value);
    return new ArrayList<>(out);
  }

  record Strings(int minLength, int maxLength) implements Gen<String> {
    private static final String COMMON = "abcde";

    @Override
    public String generate(Source source) {
      int longest = Math.min(maxLength, minLength + 1 + source.size() / 5);
      int length = (int) source.between(minLength, Math.max(minLength, longest));
      StringBuilder out = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        if (source.chance(0.9)) {
          out.append(COMMON.charAt(source.nextInt(COMMON.length())));
        } else {
          out.append(source.pick(List.of(' ', 'z', 'A', '0', '_', '%', '"', '\\', '\n', 'é', '\u0000')));
        }
      }
      return out.toString();
    }

    @Override
    public List<String> shrink(String value) {
      Set<String> out = new LinkedHashSet<>();
      if (value.length() > minLength) {
        out.add(value.substring(0, minLength));
        out.add(value.substring(0, Math.max(minLength, value.length() / 2)));
        for (int i = 0; i < value.length(); i++) {
          out.add(value.substring(0, i) + value.substring(i + 1));
        }
      }
      for (int i = 0; i < value.length(); i++) {
        if (value.charAt(i) != 'a') {
          out.add(value.substring(0, i) + 'a' + value.substring(i + 1));
        }
      }
      out.remove(value);
      return new ArrayList<>(out);
    }
  }

  record OneOf<T>(List<T> values) implements Gen<T> {
    @Override
    public T generate(Source source) {
      return source.pick(values);
    }

    @Override
    public List<T> shrink(T value) {
      int index = values.indexOf(value);
      return index <= 0 ? List.of() : values.subList(0, index);
    }
  }
}

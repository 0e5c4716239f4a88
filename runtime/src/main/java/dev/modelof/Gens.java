package dev.modelof;

import dev.modelof.engine.generation.BasicGens;
import dev.modelof.engine.generation.CompositeGens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The built-in generators, to compose generators of your own from and that generated machines use. Each is a record, so two parameters with
 * the same type and bounds share one pool of reused values. Generators of composite values take
 * the generators of their parts, and write their values as Java source ({@link Literal}).
 */
public final class Gens {
  private Gens() {}

  /** Arrays of objects of 0 to {@value Settings#DEFAULT_MAX_SIZE} elements, made by {@code newArray}. */
  public static <T> Gen<T[]> arrays(Gen<T> element, IntFunction<T[]> newArray) {
    return arrays(element, 0, Settings.DEFAULT_MAX_SIZE, newArray);
  }

  /** Any int: small values and edge cases first, then the whole range. */
  public static Gen<Integer> ints() {
    return ints(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** Any long. */
  public static Gen<Long> longs() {
    return longs(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** Any short. */
  public static Gen<Short> shorts() {
    return shorts(Short.MIN_VALUE, Short.MAX_VALUE);
  }

  /** Any byte. */
  public static Gen<Byte> bytes() {
    return bytes(Byte.MIN_VALUE, Byte.MAX_VALUE);
  }

  /** Any char, mostly lower-case letters. */
  public static Gen<Character> chars() {
    return chars(Character.MIN_VALUE, Character.MAX_VALUE);
  }

  /** Any double, with NaN and the infinities among the edge cases. */
  public static Gen<Double> doubles() {
    return doubles(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /** Any float, with NaN and the infinities among the edge cases. */
  public static Gen<Float> floats() {
    return floats(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /** Strings of 0 to {@value Settings#DEFAULT_MAX_SIZE} chars. */
  public static Gen<String> strings() {
    return strings(0, Settings.DEFAULT_MAX_SIZE);
  }

  /** Lists of 0 to {@value Settings#DEFAULT_MAX_SIZE} elements. */
  public static <T> Gen<List<T>> lists(Gen<T> element) {
    return lists(element, 0, Settings.DEFAULT_MAX_SIZE);
  }

  /** Sets of 0 to {@value Settings#DEFAULT_MAX_SIZE} elements. */
  public static <T> Gen<Set<T>> sets(Gen<T> element) {
    return sets(element, 0, Settings.DEFAULT_MAX_SIZE);
  }

  /** Maps of 0 to {@value Settings#DEFAULT_MAX_SIZE} entries. */
  public static <K, V> Gen<Map<K, V>> maps(Gen<K> key, Gen<V> value) {
    return maps(key, value, 0, Settings.DEFAULT_MAX_SIZE);
  }

  /** {@code boolean[]} of 0 to {@value Settings#DEFAULT_MAX_SIZE} elements. */
  public static Gen<boolean[]> booleanArrays(Gen<Boolean> element) {
    return booleanArrays(element, 0, Settings.DEFAULT_MAX_SIZE);
  }

  /** {@code byte[]} of 0 to {@value Settings#DEFAULT_MAX_SIZE} elements. */
  public static Gen<byte[]> byteArrays(Gen<Byte> element) {
    return byteArrays(element, 0, Settings.DEFAULT_MAX_SIZE);
  }

  /** {@code short[]} of 0 to {@value Settings#DEFAULT_MAX_SIZE} elements. */
  public static Gen<short[]> shortArrays(Gen<Short> element) {
    return shortArrays(element, 0, Settings.DEFAULT_MAX_SIZE);
  }

  /** {@code char[]} of 0 to {@value Settings#DEFAULT_MAX_SIZE} elements. */
  public static Gen<char[]> charArrays(Gen<Character> element) {
    return charArrays(element, 0, Settings.DEFAULT_MAX_SIZE);
  }

  /** {@code int[]} of 0 to {@value Settings#DEFAULT_MAX_SIZE} elements. */
  public static Gen<int[]> intArrays(Gen<Integer> element) {
    return intArrays(element, 0, Settings.DEFAULT_MAX_SIZE);
  }

  /** {@code long[]} of 0 to {@value Settings#DEFAULT_MAX_SIZE} elements. */
  public static Gen<long[]> longArrays(Gen<Long> element) {
    return longArrays(element, 0, Settings.DEFAULT_MAX_SIZE);
  }

  /** {@code float[]} of 0 to {@value Settings#DEFAULT_MAX_SIZE} elements. */
  public static Gen<float[]> floatArrays(Gen<Float> element) {
    return floatArrays(element, 0, Settings.DEFAULT_MAX_SIZE);
  }

  /** {@code double[]} of 0 to {@value Settings#DEFAULT_MAX_SIZE} elements. */
  public static Gen<double[]> doubleArrays(Gen<Double> element) {
    return doubleArrays(element, 0, Settings.DEFAULT_MAX_SIZE);
  }

  /** Ints in {@code [min, max]}. */
  public static Gen<Integer> ints(long min, long max) {
    return new BasicGens.Ints((int) Math.max(min, Integer.MIN_VALUE), (int) Math.min(max, Integer.MAX_VALUE));
  }

  /** Longs in {@code [min, max]}. */
  public static Gen<Long> longs(long min, long max) {
    return new BasicGens.Longs(min, max);
  }

  /** Shorts in {@code [min, max]}. */
  public static Gen<Short> shorts(long min, long max) {
    return new BasicGens.Shorts((short) Math.max(min, Short.MIN_VALUE), (short) Math.min(max, Short.MAX_VALUE));
  }

  /** Bytes in {@code [min, max]}. */
  public static Gen<Byte> bytes(long min, long max) {
    return new BasicGens.Bytes((byte) Math.max(min, Byte.MIN_VALUE), (byte) Math.min(max, Byte.MAX_VALUE));
  }

  /** Chars in {@code [min, max]}; unbounded, mostly lower-case letters. */
  public static Gen<Character> chars(long min, long max) {
    return new BasicGens.Chars((char) Math.max(min, Character.MIN_VALUE), (char) Math.min(max, Character.MAX_VALUE));
  }

  /** Doubles in {@code [min, max]}; unbounded, with NaN and the infinities among the edge cases. */
  public static Gen<Double> doubles(double min, double max) {
    return new BasicGens.Doubles(min, max);
  }

  /** Floats in {@code [min, max]}. */
  public static Gen<Float> floats(double min, double max) {
    return new BasicGens.Floats(min, max);
  }

  /** false and true. */
  public static Gen<Boolean> booleans() {
    return new BasicGens.Booleans();
  }

  /**
   * Strings of {@code minLength} to {@code maxLength} chars, 85 code points in 100 from {@code
   * abcde}, the others from all of Unicode with NUL, surrogate pairs, combining marks,
   * right-to-left marks and U+FFFF among them; shrinks toward short strings of {@code a}.
   */
  public static Gen<String> strings(int minLength, int maxLength) {
    return new BasicGens.Strings(minLength, maxLength);
  }

  /** One of {@code values} (an enum's constants, say); shrinks toward the first. */
  @SafeVarargs
  public static <T> Gen<T> oneOf(T... values) {
    List<T> choices = new ArrayList<>(values.length);
    for (T value : values) {
      choices.add(value);
    }
    return new BasicGens.OneOf<>(List.copyOf(choices));
  }

  /**
   * {@code null} one time in ten, else a value of {@code value}; shrinks to null first. What a
   * parameter annotated {@code @Nullable} (any annotation of that simple name) draws.
   */
  public static <T> Gen<T> nullable(Gen<T> value) {
    return new CompositeGens.Nullables<>(value);
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
   * (throws) is dropped. Regression tests cannot write these values.
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

  /** The constants of an enum, {@code Gens.enums(Color.values())}; shrinks toward the first. */
  public static <E extends Enum<E>> Gen<E> enums(E[] constants) {
    return new BasicGens.OneOf<>(List.of(constants));
  }
}

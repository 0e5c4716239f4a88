package dev.modelof.engine.generation;

import dev.modelof.Gen;
import dev.modelof.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The built-in generators of single values: numbers, chars, booleans, strings and choices among
 * constants. {@link dev.modelof.Gens} makes them; each is a record, so two parameters with the
 * same type and bounds share one pool of reused values.
 */
public final class BasicGens {
  private BasicGens() {}

  // ---- integral numbers: small values and edge cases first, shrinking toward zero ----

  /** Draws in [min, max]: an edge case one time in eight, else a value whose magnitude grows with size. */
  private static long integral(Source source, long min, long max, int bits) {
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
  private static List<Long> shrinkIntegral(long value, long min, long max) {
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

  private static long clamp(long value, long min, long max) {
    return Math.max(min, Math.min(max, value));
  }

  public record Ints(int min, int max) implements Gen<Integer> {
    @Override
    public Integer generate(Source source) {
      return generateInt(source);
    }

    /** {@link #generate} without boxing. */
    public int generateInt(Source source) {
      return (int) integral(source, min, max, 31);
    }

    @Override
    public List<Integer> shrink(Integer value) {
      return shrinkIntegral(value, min, max).stream().map(Long::intValue).toList();
    }
  }

  public record Longs(long min, long max) implements Gen<Long> {
    @Override
    public Long generate(Source source) {
      return integral(source, min, max, 63);
    }

    @Override
    public List<Long> shrink(Long value) {
      return shrinkIntegral(value, min, max);
    }
  }

  public record Shorts(short min, short max) implements Gen<Short> {
    @Override
    public Short generate(Source source) {
      return (short) integral(source, min, max, 15);
    }

    @Override
    public List<Short> shrink(Short value) {
      return shrinkIntegral(value, min, max).stream().map(Long::shortValue).toList();
    }
  }

  public record Bytes(byte min, byte max) implements Gen<Byte> {
    @Override
    public Byte generate(Source source) {
      return (byte) integral(source, min, max, 7);
    }

    @Override
    public List<Byte> shrink(Byte value) {
      return shrinkIntegral(value, min, max).stream().map(Long::byteValue).toList();
    }
  }

  public record Chars(char min, char max) implements Gen<Character> {
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

  public record Booleans() implements Gen<Boolean> {
    @Override
    public Boolean generate(Source source) {
      return source.chance(0.5);
    }

    @Override
    public List<Boolean> shrink(Boolean value) {
      return value ? List.of(false) : List.of();
    }
  }

  public record Doubles(double min, double max) implements Gen<Double> {
    @Override
    public Double generate(Source source) {
      return floating(source, min, max);
    }

    @Override
    public List<Double> shrink(Double value) {
      return shrinkFloating(value, min, max);
    }
  }

  public record Floats(double min, double max) implements Gen<Float> {
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

  private static double floating(Source source, double min, double max) {
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

  private static List<Double> shrinkFloating(double value, double min, double max) {
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

  /**
   * Strings of {@code minLength} to {@code maxLength} chars, drawn a code point at a time: 85 in 100
   * from {@code abcde}, so reports stay readable; else a readable special, one of the characters
   * that break code (see {@link #BREAKING}), or any code point of Unicode. A surrogate pair
   * counts two chars and is never split, here or in shrinking: lone surrogates are not drawn.
   */
  public record Strings(int minLength, int maxLength) implements Gen<String> {
    private static final String COMMON = "abcde";
    /** Readable characters that still matter: case, digits, spaces, quotes, escapes, an accent. */
    private static final List<Integer> READABLE =
        List.of((int) ' ', (int) 'z', (int) 'A', (int) '0', (int) '_', (int) '%', (int) '"', (int) '\\', (int) '\n', (int) 'é');
    /**
     * The characters that break code: NUL, a surrogate pair (an emoji), a character past U+8000 (a
     * CJK ideograph, negative as a {@code short}), a combining mark, the right-to-left mark and
     * override, a byte order mark, and U+FFFF, which is no character.
     */
    static final List<Integer> BREAKING =
        List.of(0x0000, 0x1F600, 0x8A9E, 0x0301, 0x200F, 0x202E, 0xFEFF, 0xFFFF);

    @Override
    public String generate(Source source) {
      int longest = Math.min(maxLength, minLength + 1 + source.size() / 5);
      int length = (int) source.between(minLength, Math.max(minLength, longest));
      StringBuilder out = new StringBuilder(length);
      while (out.length() < length) {
        int codePoint = codePoint(source);
        if (out.length() + Character.charCount(codePoint) > length) {
          codePoint = COMMON.charAt(0);
        }
        out.appendCodePoint(codePoint);
      }
      return out.toString();
    }

    /** One code point: common 85 times in 100; else readable half of the time, breaking or any a quarter each. */
    private static int codePoint(Source source) {
      if (source.chance(0.85)) {
        return COMMON.charAt(source.nextInt(COMMON.length()));
      }
      return switch (source.nextInt(4)) {
        case 0, 1 -> source.pick(READABLE);
        case 2 -> source.pick(BREAKING);
        default -> {
          // the Basic Multilingual Plane or beyond, alike; a surrogate code point is no character
          int any = (int) (source.chance(0.5) ? source.between(0, 0xFFFF) : source.between(0x10000, Character.MAX_CODE_POINT));
          yield any <= 0xFFFF && Character.isSurrogate((char) any) ? 0xFFFD : any;
        }
      };
    }

    @Override
    public List<String> shrink(String value) {
      int[] points = value.codePoints().toArray();
      Set<String> out = new LinkedHashSet<>();
      if (value.length() > minLength) {
        out.add(prefix(points, minLength));
        out.add(prefix(points, Math.max(minLength, value.length() / 2)));
        for (int i = 0; i < points.length; i++) {
          String fewer = without(points, i, -1);
          if (fewer.length() >= minLength) {
            out.add(fewer);
          }
        }
      }
      for (int i = 0; i < points.length; i++) {
        if (points[i] != 'a') {
          String simpler = without(points, i, 'a');
          if (simpler.length() >= minLength) {
            out.add(simpler);
          }
        }
      }
      out.remove(value);
      return new ArrayList<>(out);
    }

    /** The longest run of whole code points from the start, of at most {@code chars} chars, padded to them with {@code a}. */
    private static String prefix(int[] points, int chars) {
      StringBuilder out = new StringBuilder();
      for (int point : points) {
        if (out.length() + Character.charCount(point) > chars) {
          break;
        }
        out.appendCodePoint(point);
      }
      while (out.length() < chars) {
        out.append('a');
      }
      return out.toString();
    }

    /** {@code points} with the one at {@code index} replaced by {@code replacement}, or left out when it is negative. */
    private static String without(int[] points, int index, int replacement) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < points.length; i++) {
        if (i != index) {
          out.appendCodePoint(points[i]);
        } else if (replacement >= 0) {
          out.appendCodePoint(replacement);
        }
      }
      return out.toString();
    }
  }

  public record OneOf<T>(List<T> values) implements Gen<T> {
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

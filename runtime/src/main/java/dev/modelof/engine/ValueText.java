package dev.modelof.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How the report shows values: strings quoted, also inside arrays, collections and maps. */
public final class ValueText {
  /** A value shown longer than this is shortened in the report. */
  static final int LONGEST = 500;
  /** How much of a shortened value is kept: at its start, at its end, and either side of a difference. */
  static final int KEPT = 40;

  private ValueText() {}

  /**
   * {@code value} as the report prints it; where its {@code toString} (or an element's) throws, its
   * class and what was thrown, so that the report is still printed.
   */
  public static String show(Object value) {
    try {
      return shown(value);
    } catch (RuntimeException | StackOverflowError e) {
      return value.getClass().getSimpleName() + " (its toString threw " + Execution.describe(e) + ")";
    }
  }

  private static String shown(Object value) {
    if (value instanceof String s) {
      return JavaWriter.quoted(s);
    }
    if (value instanceof Character c) {
      return new JavaWriter().literal(c);
    }
    if (value != null && value.getClass().isArray()) {
      List<Object> elements = arrayElements(value);
      if (elements != null) {
        List<String> shown = new ArrayList<>();
        elements.forEach(e -> shown.add(show(e)));
        return "[" + String.join(", ", shown) + "]";
      }
    }
    if (value instanceof Collection<?> collection) {
      List<String> shown = new ArrayList<>();
      collection.forEach(e -> shown.add(show(e)));
      return "[" + String.join(", ", shown) + "]";
    }
    if (value instanceof Map<?, ?> map) {
      List<String> shown = new ArrayList<>();
      map.forEach((k, v) -> shown.add(show(k) + "=" + show(v)));
      return "{" + String.join(", ", shown) + "}";
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(inner -> "Optional[" + show(inner) + "]").orElse("Optional.empty");
    }
    return String.valueOf(value);
  }

  /** {@code value} as the report prints it, shortened past {@link #LONGEST} characters. */
  public static String brief(Object value) {
    return abridged(show(value));
  }

  /** {@code shown}, a value as shown, or past {@link #LONGEST} characters its start and its end. */
  public static String abridged(String shown) {
    return abridged(shown, shown.length());
  }

  /**
   * Two values shown that differ, each shortened, when either is longer than {@link #LONGEST},
   * around the first character where they differ.
   */
  static List<String> differing(String first, String second) {
    if (first.length() <= LONGEST && second.length() <= LONGEST) {
      return List.of(first, second);
    }
    int at = Arrays.mismatch(first.toCharArray(), second.toCharArray());
    int difference = at < 0 ? first.length() : at;
    return List.of(abridged(first, difference), abridged(second, difference));
  }

  /**
   * {@code shown}, or past {@link #LONGEST} characters its start, the characters either side of
   * {@code at} and its end, each gap counted: {@code "aaaa[... 1048500 chars ...]aaab"}.
   */
  static String abridged(String shown, int at) {
    int length = shown.length();
    if (length <= LONGEST) {
      return shown;
    }
    int[][] kept = {{0, KEPT}, {Math.max(0, at - KEPT), Math.min(length, at + KEPT)}, {length - KEPT, length}};
    StringBuilder out = new StringBuilder();
    int end = 0;
    for (int[] part : kept) {
      int from = Math.max(part[0], end);
      if (from >= part[1]) {
        continue;
      }
      if (from > end) {
        out.append("[... ").append(from - end).append(" chars ...]");
      }
      out.append(shown, from, part[1]);
      end = part[1];
    }
    return out.toString();
  }

  /** The elements of an array, boxed; null when {@code array} is no array. */
  public static List<Object> arrayElements(Object array) {
    List<Object> out = new ArrayList<>();
    if (array instanceof int[] a) {
      Arrays.stream(a).forEach(out::add);
    } else if (array instanceof long[] a) {
      Arrays.stream(a).forEach(out::add);
    } else if (array instanceof double[] a) {
      Arrays.stream(a).forEach(out::add);
    } else if (array instanceof short[] a) {
      for (short v : a) {
        out.add(v);
      }
    } else if (array instanceof byte[] a) {
      for (byte v : a) {
        out.add(v);
      }
    } else if (array instanceof char[] a) {
      for (char v : a) {
        out.add(v);
      }
    } else if (array instanceof boolean[] a) {
      for (boolean v : a) {
        out.add(v);
      }
    } else if (array instanceof float[] a) {
      for (float v : a) {
        out.add(v);
      }
    } else if (array instanceof Object[] a) {
      out.addAll(Arrays.asList(a));
    } else {
      return null;
    }
    return out;
  }
}

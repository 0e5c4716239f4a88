package dev.modelof.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How the report shows values: strings quoted, also inside arrays, collections and maps. */
public final class ValueText {
  private ValueText() {}

  /** {@code value} as the report prints it. */
  public static String show(Object value) {
    if (value instanceof String s) {
      return new JavaWriter().literal(s);
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

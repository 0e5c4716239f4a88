package dev.modelof.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Results whose declared type promises no {@code equals} of its own: generated machines take their
 * elements out once, at the call, so that the comparison, the report and the regression test all
 * see the same elements, and a view that later steps change keeps what it held. For generated code
 * only; no compatibility promise.
 */
public final class Comparisons {
  private Comparisons() {}

  /** The elements {@code iterator} still returns, in order; null for null. */
  public static <E> List<E> elements(Iterator<E> iterator) {
    if (iterator == null) {
      return null;
    }
    List<E> elements = new ArrayList<>();
    iterator.forEachRemaining(elements::add);
    return elements;
  }

  /** The elements of {@code iterable} (a collection, a view), in its iteration order; null for null. */
  public static <E> List<E> elements(Iterable<E> iterable) {
    return iterable == null ? null : elements(iterable.iterator());
  }

  /** The elements of {@code stream}, in order; null for null. */
  public static <E> List<E> elements(Stream<E> stream) {
    return stream == null ? null : elements(stream.iterator());
  }

  /** Whether {@code a} and {@code b} hold the same elements, each as many times, in any order. */
  public static boolean multiset(Collection<?> a, Collection<?> b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.size() == b.size() && counts(a).equals(counts(b));
  }

  /** How many times each element occurs in {@code elements}, in the order they first occur. */
  public static Map<Object, Integer> counts(Collection<?> elements) {
    Map<Object, Integer> counts = new LinkedHashMap<>();
    elements.forEach(e -> counts.merge(e, 1, Integer::sum));
    return counts;
  }
}

package dev.modelof.engine;

import dev.modelof.Handle;
import dev.modelof.Setup;
import dev.modelof.internal.Machine;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order in which the shrinker prefers one failing sequence to another: fewer steps first, then
 * simpler operations (declared earlier, compared step by step), then smaller values (the setup's,
 * then each step's arguments in turn). Used where the shrinker chooses between failures it did not
 * reach by making one of them smaller, such as the shortest failures of two setups.
 */
final class ResultOrder {
  private ResultOrder() {}

  /** Negative when {@code a} comes first (is the better failure), positive when {@code b} does. */
  static <O> int compare(Machine<?, ?, O> machine, Setup setupA, List<Step<O>> a, Setup setupB, List<Step<O>> b) {
    if (a.size() != b.size()) {
      return Integer.compare(a.size(), b.size());
    }
    for (int i = 0; i < a.size(); i++) {
      int byOperation = Integer.compare(machine.indexOf(a.get(i).op()), machine.indexOf(b.get(i).op()));
      if (byOperation != 0) {
        return byOperation;
      }
    }
    int bySetup = compareValues(setupA.args(), setupB.args());
    if (bySetup != 0) {
      return bySetup;
    }
    for (int i = 0; i < a.size(); i++) {
      int byArguments = compareValues(machine.argumentsOf(a.get(i).op()), machine.argumentsOf(b.get(i).op()));
      if (byArguments != 0) {
        return byArguments;
      }
    }
    return 0;
  }

  /** As {@link #compareValue}, for two argument lists: the first that differs decides. */
  static int compareArguments(List<Object> a, List<Object> b) {
    return compareValues(a, b);
  }

  private static int compareValues(List<Object> a, List<Object> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int byValue = compareValue(a.get(i), b.get(i));
      if (byValue != 0) {
        return byValue;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /**
   * Which of two values is smaller, as generators shrink them: null first; numbers by magnitude,
   * then a positive before a negative; false before true; strings, collections and maps by size,
   * then strings in their natural order; enums by declaration; an empty Optional first; handles by
   * the step that made them. Values of other kinds count as equal.
   */
  static int compareValue(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    if (a instanceof Number x && b instanceof Number y) {
      double mx = Math.abs(x.doubleValue());
      double my = Math.abs(y.doubleValue());
      if (mx != my) {
        return Double.compare(mx, my);
      }
      return Boolean.compare(x.doubleValue() < 0, y.doubleValue() < 0);
    }
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return Boolean.compare(x, y);
    }
    if (a instanceof Character x && b instanceof Character y) {
      return Character.compare(x, y);
    }
    if (a instanceof String x && b instanceof String y) {
      return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }
    if (a instanceof Enum<?> x && b instanceof Enum<?> y) {
      return Integer.compare(x.ordinal(), y.ordinal());
    }
    if (a instanceof Optional<?> x && b instanceof Optional<?> y) {
      return x.isEmpty() || y.isEmpty() ? Boolean.compare(x.isPresent(), y.isPresent())
          : compareValue(x.get(), y.get());
    }
    if (a instanceof Collection<?> x && b instanceof Collection<?> y) {
      return Integer.compare(x.size(), y.size());
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      return Integer.compare(x.size(), y.size());
    }
    if (a instanceof Handle<?> x && b instanceof Handle<?> y) {
      return Integer.compare(x.step(), y.step());
    }
    return 0;
  }
}

package dev.modelof.engine;

import dev.modelof.Gen;
import dev.modelof.engine.generation.BasicGens;
import java.util.ArrayList;
import java.util.List;

/**
 * The other values a setup parameter could take, for the shrinker to try each with the shortest
 * sequence that fails from it: every value of a small domain (a range of a few dozen integers, a
 * boolean, a choice among constants), else a sample of the nearest integers; none for a generator
 * whose values it cannot list.
 */
final class SetupDomain {
  /** How many values a domain may have to be tried in full, and how many of a larger one are tried. */
  static final int MAX_VALUES = 48;

  private SetupDomain() {}

  /** Values of {@code gen} other than {@code value}, nearest first (of two as near, the lower). */
  static List<Object> others(Gen<?> gen, Object value) {
    List<Object> out = new ArrayList<>();
    WholeNumbers numbers = WholeNumbers.of(gen);
    if (numbers != null && numbers.type().isInstance(value)) {
      for (long other : nearest(((Number) value).longValue(), numbers.min(), numbers.max())) {
        out.add(numbers.box(other));
      }
    } else if (gen instanceof BasicGens.Booleans && value instanceof Boolean v) {
      out.add(!v);
    } else if (gen instanceof BasicGens.OneOf<?> oneOf && oneOf.values().size() <= MAX_VALUES) {
      for (Object other : oneOf.values()) {
        if (!other.equals(value)) {
          out.add(other);
        }
      }
    }
    return out;
  }

  /** Up to {@link #MAX_VALUES} integers of [min, max] other than {@code value}, nearest first. */
  private static List<Long> nearest(long value, long min, long max) {
    List<Long> out = new ArrayList<>();
    for (long distance = 1; out.size() < MAX_VALUES && distance > 0; distance++) {
      boolean below = value - distance >= min && value - distance < value;
      boolean above = value + distance <= max && value + distance > value;
      if (!below && !above) {
        break;
      }
      if (below) {
        out.add(value - distance);
      }
      if (above && out.size() < MAX_VALUES) {
        out.add(value + distance);
      }
    }
    return out;
  }
}

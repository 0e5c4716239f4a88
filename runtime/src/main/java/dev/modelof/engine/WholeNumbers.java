package dev.modelof.engine;

import dev.modelof.Gen;
import dev.modelof.engine.generation.BasicGens;

/**
 * The bounds of a whole-number generator of {@link dev.modelof.Gens} ({@code ints}, {@code longs},
 * {@code shorts}, {@code bytes}) and the class of its values: what the shrinker needs to step
 * through them as numbers and box them back.
 */
record WholeNumbers(long min, long max, Class<?> type) {
  /** The bounds of {@code gen}, or null when it is not one of those generators. */
  static WholeNumbers of(Gen<?> gen) {
    if (gen instanceof BasicGens.Ints ints) {
      return new WholeNumbers(ints.min(), ints.max(), Integer.class);
    }
    if (gen instanceof BasicGens.Longs longs) {
      return new WholeNumbers(longs.min(), longs.max(), Long.class);
    }
    if (gen instanceof BasicGens.Shorts shorts) {
      return new WholeNumbers(shorts.min(), shorts.max(), Short.class);
    }
    if (gen instanceof BasicGens.Bytes bytes) {
      return new WholeNumbers(bytes.min(), bytes.max(), Byte.class);
    }
    return null;
  }

  /** {@code value}, within the bounds, as a value of the generator's class. */
  Object box(long value) {
    if (type == Integer.class) {
      return (int) value;
    }
    if (type == Short.class) {
      return (short) value;
    }
    return type == Byte.class ? (Object) (byte) value : (Object) value;
  }
}

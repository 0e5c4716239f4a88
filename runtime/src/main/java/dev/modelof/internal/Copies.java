package dev.modelof.internal;

/**
 * Copies of array arguments, so that the model and the implementation each get arrays of their own.
 * Generated machines call {@link #deep} for an array of arrays ({@code int[][]}, {@code String[][]});
 * a one-level array is simply cloned. For generated code only; no compatibility promise.
 */
public final class Copies {
  private Copies() {}

  /** A copy of {@code array} and of every array inside it, at any depth; other elements are shared. */
  public static <T> T[] deep(T[] array) {
    T[] copy = array.clone();
    for (int i = 0; i < copy.length; i++) {
      copy[i] = copyOf(copy[i]);
    }
    return copy;
  }

  @SuppressWarnings("unchecked") // each branch returns an array of the element's own class
  private static <T> T copyOf(T element) {
    Object copy;
    if (element instanceof Object[] objects) {
      copy = deep(objects);
    } else if (element instanceof int[] ints) {
      copy = ints.clone();
    } else if (element instanceof long[] longs) {
      copy = longs.clone();
    } else if (element instanceof double[] doubles) {
      copy = doubles.clone();
    } else if (element instanceof float[] floats) {
      copy = floats.clone();
    } else if (element instanceof short[] shorts) {
      copy = shorts.clone();
    } else if (element instanceof byte[] bytes) {
      copy = bytes.clone();
    } else if (element instanceof char[] chars) {
      copy = chars.clone();
    } else if (element instanceof boolean[] booleans) {
      copy = booleans.clone();
    } else {
      copy = element;
    }
    return (T) copy;
  }
}

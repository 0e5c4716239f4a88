package dev.modelof.bench.sortedmap;

import java.util.Arrays;

/** An int map in two sorted arrays, found by binary search: small and fast, as such maps are. */
public final class SortedArrayMap {
  private int[] keys = new int[8];
  private int[] values = new int[8];
  private int size;

  public Integer get(int key) {
    int at = Arrays.binarySearch(keys, 0, size, key);
    return at >= 0 ? values[at] : null;
  }

  public Integer put(int key, int value) {
    int at = Arrays.binarySearch(keys, 0, size, key);
    if (at >= 0) {
      int old = values[at];
      values[at] = value;
      return old;
    }
    int insert = -at - 1;
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, 2 * size);
      values = Arrays.copyOf(values, 2 * size);
    }
    System.arraycopy(keys, insert, keys, insert + 1, size - insert);
    System.arraycopy(values, insert, values, insert + 1, size - insert);
    keys[insert] = key;
    values[insert] = value;
    size++;
    return null;
  }

  public Integer remove(int key) {
    int at = Arrays.binarySearch(keys, 0, size, key);
    if (at < 0) {
      return null;
    }
    int old = values[at];
    System.arraycopy(keys, at + 1, keys, at, size - at - 1);
    System.arraycopy(values, at + 1, values, at, size - at - 1);
    size--;
    return old;
  }

  public int size() {
    return size;
  }
}

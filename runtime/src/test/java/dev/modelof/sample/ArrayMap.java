package dev.modelof.sample;

import java.util.Arrays;

/** An int-keyed map over two arrays, searched linearly: the implementation {@link MapMachine} checks. */
public class ArrayMap {
  protected int[] keys = new int[4];
  protected int[] values = new int[4];
  protected int size;

  public Integer put(int key, int value) {
    int at = indexOf(key);
    if (at >= 0) {
      int old = values[at];
      values[at] = value;
      return old;
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    keys[size] = key;
    values[size] = value;
    size++;
    return null;
  }

  public Integer get(int key) {
    int at = indexOf(key);
    return at < 0 ? null : values[at];
  }

  public Integer remove(int key) {
    int at = indexOf(key);
    if (at < 0) {
      return null;
    }
    int old = values[at];
    size--;
    keys[at] = keys[size];
    values[at] = values[size];
    return old;
  }

  public int size() {
    return size;
  }

  protected int indexOf(int key) {
    for (int i = 0; i < size; i++) {
      if (keys[i] == key) {
        return i;
      }
    }
    return -1;
  }
}

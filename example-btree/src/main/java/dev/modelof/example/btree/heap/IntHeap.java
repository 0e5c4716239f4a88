package dev.modelof.example.btree.heap;

import java.util.Arrays;

/**
 * A binary min-heap of ints over an array that doubles when full, as {@code PriorityQueue} does:
 * a second deep-state example beside the B-tree. Its known bug ({@link GrowLosesLast}) needs the
 * heap to fill its first array, seventeen values at once.
 */
public class IntHeap {
  protected int[] values = new int[16];
  protected int size;

  /** Adds {@code value}. */
  public void add(int value) {
    if (size == values.length) {
      grow();
    }
    int i = size++;
    values[i] = value;
    while (i > 0 && values[(i - 1) / 2] > values[i]) {
      swap(i, (i - 1) / 2);
      i = (i - 1) / 2;
    }
  }

  /** Doubles the array, keeping the heap's values. */
  protected void grow() {
    values = Arrays.copyOf(values, 2 * values.length);
  }

  /** Removes and returns the least value; null when the heap is empty. */
  public Integer poll() {
    if (size == 0) {
      return null;
    }
    int least = values[0];
    values[0] = values[--size];
    int i = 0;
    while (true) {
      int smallest = i;
      for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
        if (values[child] < values[smallest]) {
          smallest = child;
        }
      }
      if (smallest == i) {
        return least;
      }
      swap(i, smallest);
      i = smallest;
    }
  }

  /** The least value; null when the heap is empty. */
  public Integer peek() {
    return size == 0 ? null : values[0];
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  private void swap(int a, int b) {
    int value = values[a];
    values[a] = values[b];
    values[b] = value;
  }
}

package dev.modelof.sample;

import java.util.NoSuchElementException;

/** A stack over an array that keeps at most {@code capacity} values, dropping the oldest. */
public class BoundedStack {
  final int[] values;
  int top;
  int count;

  public BoundedStack(int capacity) {
    values = new int[capacity];
  }

  public void push(int value) {
    values[top] = value;
    top = (top + 1) % values.length;
    count = Math.min(count + 1, values.length);
  }

  public int pop() {
    if (count == 0) {
      throw new NoSuchElementException("empty");
    }
    top = (top - 1 + values.length) % values.length;
    count--;
    return values[top];
  }

  public int size() {
    return count;
  }
}

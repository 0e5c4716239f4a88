package dev.modelof.sample;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;

/** The model of {@link BoundedStack}: a deque. */
public final class StackModel {
  private final int capacity;
  private final Deque<Integer> values = new ArrayDeque<>();

  public StackModel(int capacity) {
    this.capacity = capacity;
  }

  public void push(int value) {
    if (values.size() == capacity) {
      values.removeLast();
    }
    values.push(value);
  }

  public int pop() {
    if (values.isEmpty()) {
      throw new NoSuchElementException();
    }
    return values.pop();
  }

  public int size() {
    return values.size();
  }

  public boolean nonEmpty() {
    return !values.isEmpty();
  }
}

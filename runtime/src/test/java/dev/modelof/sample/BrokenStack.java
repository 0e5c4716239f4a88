package dev.modelof.sample;

/** Known bug: the count is not capped when a push overwrites the oldest value. */
public final class BrokenStack extends BoundedStack {
  public BrokenStack(int capacity) {
    super(capacity);
  }

  @Override
  public void push(int value) {
    values[top] = value;
    top = (top + 1) % values.length;
    count++;
  }
}

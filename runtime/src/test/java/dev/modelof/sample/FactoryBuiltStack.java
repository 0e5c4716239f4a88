package dev.modelof.sample;

/**
 * {@link BrokenStack}'s bug in a class built by a factory method only: no constructor that a
 * regression test could call with the setup's capacity.
 */
public final class FactoryBuiltStack extends BoundedStack {
  private FactoryBuiltStack(int capacity) {
    super(capacity);
  }

  public static FactoryBuiltStack of(int capacity) {
    return new FactoryBuiltStack(capacity);
  }

  @Override
  public void push(int value) {
    values[top] = value;
    top = (top + 1) % values.length;
    count++;
  }
}

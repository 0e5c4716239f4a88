package dev.modelof.bench.counter;

/** The counter's model: a long, which never overflows in a run. */
public final class CounterModel implements CounterSpec {
  private long value;

  @Override
  public void increment() {
    value++;
  }

  @Override
  public void decrement() {
    value--;
  }

  @Override
  public int get() {
    return (int) value;
  }
}

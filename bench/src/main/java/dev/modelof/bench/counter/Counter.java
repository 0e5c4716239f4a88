package dev.modelof.bench.counter;

/** A counter: the smallest system there is, so that a benchmark of it measures the engine alone. */
public final class Counter {
  private int value;

  public void increment() {
    value++;
  }

  public void decrement() {
    value--;
  }

  public int get() {
    return value;
  }
}

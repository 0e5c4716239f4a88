package dev.modelof.guide.counter;

// [counter-impl]
/** A counter that never goes below zero. */
public class Counter {
  protected int value;

  public Counter(int initial) {
    value = initial;
  }

  public void inc() {
    value++;
  }

  /** Callers must not decrement a counter at zero. */
  public void dec() {
    value--;
  }

  public void reset() {
    value = 0;
  }

  public int get() {
    return value;
  }
}
// [/counter-impl]

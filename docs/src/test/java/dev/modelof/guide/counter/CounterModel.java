package dev.modelof.guide.counter;

// [counter-model]
final class CounterModel implements CounterSpec {
  private int value;

  CounterModel(int initial) {
    value = initial;
  }

  public void inc() { value += 1; }

  public void dec() { value -= 1; }

  public void reset() { value = 0; }

  public int get() { return value; }

  boolean positive() { return value > 0; }
}
// [/counter-model]

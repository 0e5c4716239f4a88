package dev.modelof.bench.counter;

import dev.modelof.ModelOf;

/** A counter's operations, none of which takes an argument: nothing to draw but the operation. */
@ModelOf(Counter.class)
public interface CounterSpec {
  static CounterModel model() {
    return new CounterModel();
  }

  void increment();

  void decrement();

  int get();
}

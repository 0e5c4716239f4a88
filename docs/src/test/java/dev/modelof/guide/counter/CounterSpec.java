package dev.modelof.guide.counter;

import dev.modelof.ModelOf;
import dev.modelof.Range;
import dev.modelof.Requires;

// [counter-spec]
@ModelOf(Counter.class)
public interface CounterSpec {

  // The setup: a counter starts anywhere in 0..3.
  static CounterModel model(@Range(min = 0, max = 3) int initial) {
    return new CounterModel(initial);
  }

  void inc();

  @Requires("positive") // dec is only called on a counter above zero
  void dec();

  void reset();

  int get();
}
// [/counter-spec]

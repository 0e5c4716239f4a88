package dev.modelof.guide.counter;

// [counter-bug]
/** The classic bug: once the value passes 3, inc adds 2. */
public class SkippingCounter extends Counter {
  public SkippingCounter(int initial) {
    super(initial);
  }

  @Override
  public void inc() {
    value += value > 3 ? 2 : 1;
  }
}
// [/counter-bug]

package dev.modelof.sample;

/** Stands for a spec interface in reports; the machine below is what the processor would write for it. */
public interface StackSpec {
  static StackModel model(int capacity) {
    return new StackModel(capacity);
  }
}

package dev.modelof.sample;

/** Stands for a spec whose one operation returns a long text; {@link TextMachine} is its machine. */
public interface TextSpec {
  static TextModel model() {
    return new TextModel();
  }
}

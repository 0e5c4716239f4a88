package dev.modelof.sample;

/** The model of {@link TextSpec}: a text of a million characters and one. */
public class TextModel {
  public String text() {
    return "a".repeat(1 << 20) + "b";
  }
}

package dev.modelof.sample;

/** The implementation {@link TextMachine} checks. */
public class LongText {
  public String text() {
    return "a".repeat(1 << 20) + "b";
  }

  /** Known bug: the last character of the text is wrong. */
  public static final class LastCharWrong extends LongText {
    @Override
    public String text() {
      return "a".repeat(1 << 20) + "c";
    }
  }
}

package dev.modelof.internal;

/**
 * One step of a try that records nothing, as a generated {@link Machine#runUnrecorded} runs it:
 * its arguments, drawn as {@link Draws} draws them, and a mark before each side's call, so that a
 * call that hangs is known. What {@code runUnrecorded} returns is one of the constants here, or
 * what {@link #size} makes of a result. For generated code only; no compatibility promise.
 */
public interface UnrecordedStep extends Draws {
  /** The precondition refused the arguments drawn; neither side was called. */
  long REFUSED = Long.MIN_VALUE;
  /** Both sides returned, and the results differ. */
  long DIFFERS = Long.MIN_VALUE + 1;
  /** The operation is not run this way; nothing was drawn. */
  long NOT_HERE = Long.MIN_VALUE + 2;
  /** Both sides returned and agree; the result, if any, is no size. */
  long AGREED = -1;

  /** The model is called next. */
  void callingModel();

  /** The implementation is called next. */
  void callingImpl();

  /** An {@code int} result that agreed: as a size when it is not negative, else {@link #AGREED}. */
  static long size(int result) {
    return result >= 0 ? result : AGREED;
  }

  /** A result that agreed: as a size when it is a non-negative {@link Integer}, else {@link #AGREED}. */
  static long size(Object result) {
    return result instanceof Integer value && value >= 0 ? value : AGREED;
  }
}

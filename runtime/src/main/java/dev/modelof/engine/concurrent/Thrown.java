package dev.modelof.engine.concurrent;

/** What a call threw, in place of a result. */
record Thrown(Throwable error) {
  /** The outcome of a call as an outcome is compared and cached: a result, or the class thrown. */
  static Object normalized(Object outcome) {
    return outcome instanceof Thrown thrown ? thrown.error().getClass() : outcome;
  }
}

package dev.modelof.engine;

/** Where in a sequence the engine is: which call a hang is charged to. */
enum Phase {
  /** Engine work between calls: comparing, recording, shrinking. Never times out. */
  ENGINE(null, false),
  /**
   * Choosing a recorded step: preconditions, generators and {@code @FromModel} methods, the spec's
   * code. A hang here ends the run with an error of the spec, not a failure ({@link Attempt#drawHang}).
   */
  DRAW("drawing a step", true),
  /** The model factory. */
  BUILD_MODEL("the model factory", true),
  /** The implementation's constructor or factory. */
  BUILD_IMPL(null, false),
  /** An operation on the model. */
  MODEL("the model", true),
  /** An operation on the implementation. */
  IMPL(null, false),
  /**
   * A step of a try that runs unrecorded: its calls on either side, which are not told apart as
   * they run; {@link Attempt#hung} finds out which one hung. Never in a report.
   */
  STEP(null, false),
  /** The comparison of a step's results: {@code equals}, or a {@code @Compare} method of the spec's. */
  COMPARE("comparing the results", true),
  /** An invariant. */
  INVARIANT("an invariant", true),
  /** The model's {@code close()}. */
  CLOSE_MODEL("the model", true),
  /** The implementation's {@code close()}. */
  CLOSE_IMPL(null, false);

  private final String who;
  private final boolean spec;

  Phase(String who, boolean spec) {
    this.who = who;
    this.spec = spec;
  }

  /** Whether a hang here is the spec's (model, invariant) rather than the implementation's. */
  boolean spec() {
    return spec;
  }

  /** Who hangs, for the report: null for the implementation, which the report names itself. */
  String who() {
    return who;
  }

  /** Whether a call of user code runs in this phase, so that it may time out. */
  boolean calls() {
    return this != ENGINE;
  }
}

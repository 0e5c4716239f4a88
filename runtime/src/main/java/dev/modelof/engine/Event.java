package dev.modelof.engine;

/**
 * What one step did on both sides: results or exceptions, and what disagreed.
 *
 * @param step the step
 * @param modelResult what the model returned (null when void or when it threw)
 * @param implResult what the implementation returned
 * @param modelError what the model threw, or null
 * @param implError what the implementation threw, or null
 * @param problem how the two disagree, or an invariant failed; null when all is well
 * @param failedInvariant the index of the invariant that failed, or -1
 * @param hang the call of this step that did not return in time, or null
 */
record Event(
    Step<?> step,
    Object modelResult,
    Object implResult,
    Throwable modelError,
    Throwable implError,
    String problem,
    int failedInvariant,
    Phase hang) {

  Event(Step<?> step, Object modelResult, Object implResult, Throwable modelError, Throwable implError,
      String problem, int failedInvariant) {
    this(step, modelResult, implResult, modelError, implError, problem, failedInvariant, null);
  }

  /** A step whose call in {@code phase} did not return within {@code timeout}. */
  static Event hung(Step<?> step, Phase phase, String problem) {
    return new Event(step, null, null, null, null, problem, -1, phase);
  }
}

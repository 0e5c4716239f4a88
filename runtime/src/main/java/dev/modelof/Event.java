package dev.modelof;

/**
 * What one step did on both sides: results or exceptions, and what disagreed.
 *
 * @param step the step
 * @param modelResult what the model returned (null when void or when it threw)
 * @param implResult what the implementation returned
 * @param modelError what the model threw, or null
 * @param implError what the implementation threw, or null
 * @param problem how the two disagree, or an invariant failed; null when all is well
 * @param failedCheck the index of the invariant that failed, or -1
 */
record Event(
    Step<?> step,
    Object modelResult,
    Object implResult,
    Throwable modelError,
    Throwable implError,
    String problem,
    int failedCheck) {}

package dev.modelof.engine;

import dev.modelof.Failure;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What running a sequence did.
 *
 * @param valid false when a step could not run: its precondition was false or a handle it takes
 *     was never made
 * @param setupProblem why the implementation failed to build, or null
 * @param events one per step run, up to and including the first that failed
 * @param teardown what closing the model and the implementation did; null when neither is
 *     {@link AutoCloseable} or a step failed first
 * @param hang the call that did not return in time, or null
 * @param setupInvariant the index of the invariant that failed on the pair as built, before the
 *     first step (then {@code setupProblem} says so); -1 for none
 */
record Trace(boolean valid, String setupProblem, List<Event> events, Teardown teardown, Phase hang, int setupInvariant) {
  Trace(boolean valid, String setupProblem, List<Event> events) {
    this(valid, setupProblem, events, null, null);
  }

  Trace(boolean valid, String setupProblem, List<Event> events, Teardown teardown, Phase hang) {
    this(valid, setupProblem, events, teardown, hang, -1);
  }

  /** The trace of a pair that failed to build, or broke an invariant as built. */
  static Trace of(Execution.ImplFailed<?, ?, ?> failed) {
    return new Trace(true, failed.problem(), List.of(), null, null, failed.invariant());
  }

  /** The first {@code count} of {@code events}, unmodifiable: one copy of the array. */
  static List<Event> first(Event[] events, int count) {
    return Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(events, count)));
  }

  boolean failed() {
    return valid && (setupProblem != null || stepFailed() || (teardown != null && teardown.problem() != null));
  }

  private boolean stepFailed() {
    return !events.isEmpty() && events.get(events.size() - 1).problem() != null;
  }

  /** What kind of failure this is; null when it passed. */
  Failure.Kind kind() {
    if (!failed()) {
      return null;
    }
    if (hang != null) {
      return Failure.Kind.TIMEOUT;
    }
    if (setupProblem != null) {
      return Failure.Kind.BUILD;
    }
    return stepFailed() ? Failure.Kind.DISAGREE : Failure.Kind.CLOSE;
  }
}

package dev.modelof;

import java.util.List;

/**
 * What replaying a sequence did.
 *
 * @param valid false when a step could not run: its precondition was false or a handle it takes
 *     was never made
 * @param setupProblem why the implementation failed to build, or null
 * @param events one per step run, up to and including the first that failed
 */
record Trace(boolean valid, String setupProblem, List<Event> events) {
  boolean failed() {
    return valid && (setupProblem != null || (!events.isEmpty() && events.get(events.size() - 1).problem() != null));
  }
}

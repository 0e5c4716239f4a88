package dev.modelof;

/**
 * The outcome of a linearizability check.
 *
 * @param seed the seed the run used
 * @param scenarios how many scenarios ran
 * @param runs how many runs of them in all
 * @param overlapping in how many runs calls of different threads overlapped in time: only these
 *     could show a race
 * @param unknown how many distinct outcomes the checker gave up on within its budget: neither a pass
 *     nor a race
 * @param redrawn how many drawn scenarios were drawn again because a precondition failed in some
 *     order of their parallel calls
 * @param race the shrunk race, or null when every outcome was linearizable
 * @param <O> the spec's operation type
 */
public record LinearizabilityResult<O>(long seed, int scenarios, long runs, long overlapping, int unknown, int redrawn, Race<O> race) {
  /** True when no run showed a race. */
  public boolean passed() {
    return race == null;
  }
}

package dev.modelof;

/**
 * The outcome of a run.
 *
 * @param seed the seed the run used (for a failure remembered from an earlier run: that run's)
 * @param tries how many sequences ran
 * @param steps how many steps ran in all
 * @param failure the shrunk failure, or null when every try passed
 * @param statistics what the random search ran
 * @param <O> the spec's operation type
 */
public record Result<O>(long seed, int tries, long steps, Failure<O> failure, Statistics statistics) {
  /** True when no try failed. */
  public boolean passed() {
    return failure == null;
  }
}

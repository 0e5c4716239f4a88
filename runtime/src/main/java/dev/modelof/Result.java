package dev.modelof;

/**
 * The outcome of a run.
 *
 * @param seed the seed the run used (for a failure remembered from an earlier run: that run's)
 * @param tries how many sequences ran
 * @param steps how many steps ran in all
 * @param failure the shrunk failure, or null when every try passed
 * @param statistics what the random search ran
 */
public record Result(long seed, int tries, long steps, Failure failure, Statistics statistics) {
  /** A result without statistics. */
  public Result(long seed, int tries, long steps, Failure failure) {
    this(seed, tries, steps, failure, null);
  }

  /** True when no try failed. */
  public boolean passed() {
    return failure == null;
  }
}

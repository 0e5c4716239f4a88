package dev.modelof;

/**
 * The outcome of a run.
 *
 * @param seed the seed the run used
 * @param tries how many sequences ran
 * @param steps how many steps ran in all
 * @param failure the shrunk failure, or null when every try passed
 */
public record Result(long seed, int tries, long steps, Failure failure) {
  /** True when no try failed. */
  public boolean passed() {
    return failure == null;
  }
}

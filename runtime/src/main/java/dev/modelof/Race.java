package dev.modelof;

import java.util.List;

/**
 * A shrunk race: a scenario whose outcomes no order of its calls explains, how often it showed, the
 * report and the regression test.
 *
 * @param spec the spec interface
 * @param setup the shrunk setup
 * @param prefix the calls before the threads start
 * @param threads the calls of each thread, in program order
 * @param post the calls after all threads are done
 * @param hang true when a repetition did not finish within the timeout, rather than returned
 *     results no order explains
 * @param seen in how many of {@link #runs} runs of the shrunk scenario the race showed
 * @param runs how many runs of the shrunk scenario were counted
 * @param seed the run's seed
 * @param scenario the scenario (from 1) that first showed it
 * @param report the text printed for the user
 * @param regressionTest the regression test method, or null when there can be none
 * @param imports the imports the regression test needs
 * @param <O> the spec's operation type
 */
public record Race<O>(
    Class<?> spec,
    Setup setup,
    List<O> prefix,
    List<List<O>> threads,
    List<O> post,
    boolean hang,
    int seen,
    int runs,
    long seed,
    int scenario,
    String report,
    String regressionTest,
    List<String> imports) {

  /** All calls of the shrunk scenario: prefix, threads and post part. */
  public int size() {
    return prefix.size() + threads.stream().mapToInt(List::size).sum() + post.size();
  }

  /** The regression test as a whole compilation unit: package, imports and a class around it. */
  public String regressionSource(String packageName, String className) {
    return Failure.wholeClass(packageName, className, imports, regressionTest);
  }
}

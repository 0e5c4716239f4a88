package dev.modelof.engine.concurrent;

/**
 * What one run of a scenario did on the implementation: the outcome of every call (a result, or
 * {@link Thrown}) and, for the threads' calls, when each was invoked and when it returned
 * ({@link System#nanoTime}).
 */
final class History {
  final Object[] prefix;
  final Object[][] threads;
  final long[][] invoked;
  final long[][] returned;
  final Object[] post;

  History(Scenario<?> scenario) {
    this.prefix = new Object[scenario.prefix().size()];
    int count = scenario.threads().size();
    this.threads = new Object[count][];
    this.invoked = new long[count][];
    this.returned = new long[count][];
    for (int t = 0; t < count; t++) {
      int calls = scenario.threads().get(t).size();
      threads[t] = new Object[calls];
      invoked[t] = new long[calls];
      returned[t] = new long[calls];
    }
    this.post = new Object[scenario.post().size()];
  }

  /** Whether call {@code a} of thread {@code t} returned before call {@code b} of thread {@code u} was invoked. */
  boolean before(int t, int a, int u, int b) {
    return returned[t][a] < invoked[u][b];
  }

  /**
   * Whether calls of two threads overlapped in time: only then could the run show a race. On a
   * busy machine many runs have one thread done before the other starts.
   */
  boolean overlapped() {
    for (int t = 0; t < threads.length; t++) {
      for (int u = t + 1; u < threads.length; u++) {
        for (int a = 0; a < invoked[t].length; a++) {
          for (int b = 0; b < invoked[u].length; b++) {
            if (invoked[t][a] < returned[u][b] && invoked[u][b] < returned[t][a]) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }
}

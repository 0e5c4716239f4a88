package dev.modelof.engine;

import java.io.PrintStream;
import java.time.Duration;

/**
 * How a {@link Runner} reports and draws, apart from the user's {@link dev.modelof.Settings}: what
 * tests and benchmarks change.
 *
 * @param progressEvery how often a long run prints a progress line
 * @param reuse whether draws reuse values of earlier steps (off only to measure what reuse is worth)
 * @param out where progress lines and notes on remembered failures go
 */
record RunOptions(Duration progressEvery, boolean reuse, PrintStream out) {
  /** A progress line every 5 seconds, values reused, printed to {@code System.out}. */
  static final RunOptions DEFAULT = new RunOptions(Duration.ofSeconds(5), true, System.out);

  RunOptions withProgressEvery(Duration every) {
    return new RunOptions(every, reuse, out);
  }

  RunOptions withReuse(boolean reuseValues) {
    return new RunOptions(progressEvery, reuseValues, out);
  }

  RunOptions withOut(PrintStream printTo) {
    return new RunOptions(progressEvery, reuse, printTo);
  }
}

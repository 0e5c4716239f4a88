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
 * @param shrinking whether the shrinker looks past a 1-minimal failure for a shorter one, and how
 *     (less than {@link Engine.Shrinking#ALL} only to measure what that costs and gains)
 * @param unrecorded whether the search runs each try {@linkplain Attempt#runUnrecorded unrecorded}
 *     first (off only to measure what that gains, or to check that it changes no outcome)
 */
record RunOptions(Duration progressEvery, boolean reuse, PrintStream out, Engine.Shrinking shrinking,
    boolean unrecorded) {
  /**
   * A progress line every 5 seconds, values reused, printed to {@code System.out}, shortest
   * failures, tries unrecorded first.
   */
  static final RunOptions DEFAULT = new RunOptions(Duration.ofSeconds(5), true, System.out, Engine.Shrinking.ALL, true);

  RunOptions withProgressEvery(Duration every) {
    return new RunOptions(every, reuse, out, shrinking, unrecorded);
  }

  RunOptions withReuse(boolean reuseValues) {
    return new RunOptions(progressEvery, reuseValues, out, shrinking, unrecorded);
  }

  RunOptions withOut(PrintStream printTo) {
    return new RunOptions(progressEvery, reuse, printTo, shrinking, unrecorded);
  }

  RunOptions withShrinking(Engine.Shrinking passes) {
    return new RunOptions(progressEvery, reuse, out, passes, unrecorded);
  }

  RunOptions withUnrecorded(boolean unrecordedFirst) {
    return new RunOptions(progressEvery, reuse, out, shrinking, unrecordedFirst);
  }
}

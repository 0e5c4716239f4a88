package dev.modelof;

import dev.modelof.internal.SettingsText;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * How a linearizability check goes: threads, calls per thread, the sequential prefix and post part,
 * scenarios, repetitions of each scenario, the seed, a burn-in duration, the longest a repetition
 * may take, and the time shrinking may take.
 *
 * @param threads threads calling the implementation at the same time; at least 2
 * @param calls the most calls each thread makes in one scenario
 * @param prefix the most sequential calls before the threads start
 * @param post the most sequential calls after all threads are done
 * @param scenarios how many scenarios to draw
 * @param repetitions how many times each scenario runs, on a fresh implementation each time
 * @param seed the seed; null for a new random one. It replays the scenarios, not the interleavings
 * @param duration with burn-in, keep drawing scenarios for this long; null otherwise
 * @param timeout how long one repetition may take before the run reports a hang
 * @param shrinking how long shrinking a race may take before it stops where it is
 */
public record LinearizabilitySettings(
    int threads,
    int calls,
    int prefix,
    int post,
    int scenarios,
    int repetitions,
    Long seed,
    Duration duration,
    Duration timeout,
    Duration shrinking) {
  /** Default threads. */
  public static final int DEFAULT_THREADS = 2;
  /** Default most calls per thread. */
  public static final int DEFAULT_CALLS = 3;
  /** Default most calls of the sequential prefix. */
  public static final int DEFAULT_PREFIX = 3;
  /** Default most calls after the threads are done. */
  public static final int DEFAULT_POST = 2;
  /** Default scenarios. */
  public static final int DEFAULT_SCENARIOS = 200;
  /** Default repetitions of each scenario. */
  public static final int DEFAULT_REPETITIONS = 200;
  /** Default longest repetition: 5 seconds (shorter ones report false hangs on a loaded machine). */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
  /** Default time shrinking a race may take: 10 seconds. */
  public static final Duration DEFAULT_SHRINKING = Duration.ofSeconds(10);

  /** The defaults. */
  public static LinearizabilitySettings defaults() {
    return new LinearizabilitySettings(DEFAULT_THREADS, DEFAULT_CALLS, DEFAULT_PREFIX, DEFAULT_POST,
        DEFAULT_SCENARIOS, DEFAULT_REPETITIONS, null, null, DEFAULT_TIMEOUT, DEFAULT_SHRINKING);
  }

  public LinearizabilitySettings {
    if (threads < 2) {
      throw new SettingsException("a linearizability check needs at least 2 threads, not " + threads);
    }
    if (calls < 1 || scenarios < 1 || repetitions < 1 || prefix < 0 || post < 0) {
      throw new SettingsException("calls, scenarios and repetitions must be at least 1, prefix and post at least 0");
    }
  }

  /** These settings with {@code count} threads. */
  public LinearizabilitySettings withThreads(int count) {
    return new LinearizabilitySettings(count, calls, prefix, post, scenarios, repetitions, seed, duration, timeout, shrinking);
  }

  /** These settings with at most {@code count} calls per thread. */
  public LinearizabilitySettings withCalls(int count) {
    return new LinearizabilitySettings(threads, count, prefix, post, scenarios, repetitions, seed, duration, timeout, shrinking);
  }

  /** These settings with at most {@code count} calls before the threads start. */
  public LinearizabilitySettings withPrefix(int count) {
    return new LinearizabilitySettings(threads, calls, count, post, scenarios, repetitions, seed, duration, timeout, shrinking);
  }

  /** These settings with at most {@code count} calls after the threads are done. */
  public LinearizabilitySettings withPost(int count) {
    return new LinearizabilitySettings(threads, calls, prefix, count, scenarios, repetitions, seed, duration, timeout, shrinking);
  }

  /** These settings drawing {@code count} scenarios. */
  public LinearizabilitySettings withScenarios(int count) {
    return new LinearizabilitySettings(threads, calls, prefix, post, count, repetitions, seed, duration, timeout, shrinking);
  }

  /** These settings running each scenario {@code count} times. */
  public LinearizabilitySettings withRepetitions(int count) {
    return new LinearizabilitySettings(threads, calls, prefix, post, scenarios, count, seed, duration, timeout, shrinking);
  }

  /** These settings with a fixed seed. */
  public LinearizabilitySettings withSeed(long fixedSeed) {
    return new LinearizabilitySettings(threads, calls, prefix, post, scenarios, repetitions, fixedSeed, duration, timeout, shrinking);
  }

  /** These settings drawing scenarios for {@code burnIn}; null for none. */
  public LinearizabilitySettings withDuration(Duration burnIn) {
    return new LinearizabilitySettings(threads, calls, prefix, post, scenarios, repetitions, seed, burnIn, timeout, shrinking);
  }

  /** These settings with another longest repetition. */
  public LinearizabilitySettings withTimeout(Duration longest) {
    return new LinearizabilitySettings(threads, calls, prefix, post, scenarios, repetitions, seed, duration, longest, shrinking);
  }

  /** These settings letting shrinking take {@code budget}. */
  public LinearizabilitySettings withShrinking(Duration budget) {
    return new LinearizabilitySettings(threads, calls, prefix, post, scenarios, repetitions, seed, duration, timeout, budget);
  }

  /** These settings with the {@code modelof.*} system properties applied. */
  public LinearizabilitySettings withSystemProperties() {
    return with(System::getProperty);
  }

  /** These settings with the properties {@code lookup} finds applied. */
  public LinearizabilitySettings with(UnaryOperator<String> lookup) {
    LinearizabilitySettings out = this;
    String value;
    if ((value = lookup.apply("modelof.threads")) != null) {
      int count = SettingsText.parseWhole("modelof.threads", value, 2);
      out = out.withThreads(count);
    }
    if ((value = lookup.apply("modelof.calls")) != null) {
      out = out.withCalls(SettingsText.parseWhole("modelof.calls", value, 1));
    }
    if ((value = lookup.apply("modelof.prefix")) != null) {
      out = out.withPrefix(SettingsText.parseWhole("modelof.prefix", value, 0));
    }
    if ((value = lookup.apply("modelof.scenarios")) != null) {
      out = out.withScenarios(SettingsText.parseWhole("modelof.scenarios", value, 1));
    }
    if ((value = lookup.apply("modelof.repetitions")) != null) {
      out = out.withRepetitions(SettingsText.parseWhole("modelof.repetitions", value, 1));
    }
    if ((value = lookup.apply("modelof.seed")) != null) {
      out = out.withSeed(SettingsText.parseSeed("modelof.seed", value));
    }
    if ((value = lookup.apply("modelof.duration")) != null) {
      out = out.withDuration(SettingsText.parseDuration("modelof.duration", value));
    }
    if ((value = lookup.apply("modelof.timeout")) != null) {
      Duration longest = SettingsText.parseTimeout("modelof.timeout", value);
      if (longest == null) {
        throw new SettingsException("modelof.timeout cannot be off for a linearizability check: a hang is"
            + " what it reports; give a duration such as 5s");
      }
      out = out.withTimeout(longest);
    }
    return out;
  }
}

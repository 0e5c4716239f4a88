package dev.modelof;

import dev.modelof.internal.SettingsText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * How a run goes: tries, steps per sequence, the seed, an optional burn-in duration, the longest a
 * single call may take, and where failures are remembered between runs.
 *
 * @param tries how many sequences to try
 * @param steps the most operations in one sequence
 * @param seed the seed; null for a new random one
 * @param duration with burn-in, keep trying new sequences for this long; null otherwise
 * @param timeout how long one call of the model or the implementation may take before it counts
 *     as hanging; null never to time out
 * @param memory the directory where a failure is remembered and replayed first on the next run;
 *     null to remember nothing
 */
public record Settings(int tries, int steps, Long seed, Duration duration, Duration timeout, Path memory) {
  /** Default number of tries. */
  public static final int DEFAULT_TRIES = 200;

  /** Default longest sequence. */
  public static final int DEFAULT_STEPS = 200;

  /** Default longest generated String, collection or array. */
  public static final int DEFAULT_MAX_SIZE = 10;

  /** Default longest call: 10 seconds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);


  /** The defaults: {@value #DEFAULT_TRIES} tries of at most {@value #DEFAULT_STEPS} steps, a new seed, no burn-in. */
  public static Settings defaults() {
    return new Settings(DEFAULT_TRIES, DEFAULT_STEPS, null, null, DEFAULT_TIMEOUT, null);
  }

  /** These settings with {@code count} tries. */
  public Settings withTries(int count) {
    return new Settings(count, steps, seed, duration, timeout, memory);
  }

  /** These settings with at most {@code count} steps per sequence. */
  public Settings withSteps(int count) {
    return new Settings(tries, count, seed, duration, timeout, memory);
  }

  /** These settings keeping on trying new sequences for {@code burnIn}, as {@code modelof.duration} does; null for none. */
  public Settings withDuration(Duration burnIn) {
    return new Settings(tries, steps, seed, burnIn, timeout, memory);
  }

  /** These settings with a fixed seed. */
  public Settings withSeed(long fixedSeed) {
    return new Settings(tries, steps, fixedSeed, duration, timeout, memory);
  }

  /** These settings with another call timeout; null never to time out. */
  public Settings withTimeout(Duration callTimeout) {
    return new Settings(tries, steps, seed, duration, callTimeout, memory);
  }

  /** These settings remembering failures in {@code directory}; null to remember nothing. */
  public Settings withMemory(Path directory) {
    return new Settings(tries, steps, seed, duration, timeout, directory);
  }

  /**
   * These settings with {@code modelof.*} system properties applied: what a generated test runs
   * with. Failures are remembered under the build directory unless {@code modelof.memory=off}.
   */
  public Settings withSystemProperties() {
    return with(System::getProperty);
  }

  /**
   * These settings with the properties {@code lookup} finds applied, as {@link
   * #withSystemProperties} does.
   */
  public Settings with(UnaryOperator<String> lookup) {
    int t = tries;
    int s = steps;
    Long sd = seed;
    Duration d = duration;
    Duration to = timeout;
    Path m = memory == null ? defaultMemory() : memory;
    String value;
    if ((value = lookup.apply("modelof.tries")) != null) {
      t = positive("modelof.tries", value);
    }
    if ((value = lookup.apply("modelof.steps")) != null) {
      s = positive("modelof.steps", value);
    }
    if ((value = lookup.apply("modelof.seed")) != null) {
      sd = SettingsText.parseSeed("modelof.seed", value);
    }
    if ((value = lookup.apply("modelof.duration")) != null) {
      d = SettingsText.parseDuration("modelof.duration", value);
    }
    if ((value = lookup.apply("modelof.timeout")) != null) {
      to = SettingsText.parseTimeout("modelof.timeout", value);
    }
    if ((value = lookup.apply("modelof.memory")) != null) {
      m = value.trim().equalsIgnoreCase("off") ? null : Path.of(value.trim());
    }
    return new Settings(t, s, sd, d, to, m);
  }

  /**
   * Where failures are remembered when {@code modelof.memory} says nothing: {@code
   * build/modelof} in a Gradle project, {@code target/modelof} otherwise.
   */
  static Path defaultMemory() {
    boolean gradle = !Files.exists(Path.of("pom.xml"))
        && (Files.exists(Path.of("build.gradle")) || Files.exists(Path.of("build.gradle.kts")));
    return Path.of(gradle ? "build" : "target", "modelof");
  }

  private static int positive(String property, String text) {
    try {
      int value = Integer.parseInt(text.trim());
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new SettingsException(property + " must be a whole number of at least 1, not '" + text + "'");
  }
}

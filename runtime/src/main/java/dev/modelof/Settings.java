package dev.modelof;

import dev.modelof.internal.SettingsText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * How a run goes: tries, steps per sequence, the seed, an optional burn-in duration, the longest a
 * single call may take, where failures are remembered between runs, how many threads run tries,
 * which shard of the tries this JVM runs, and whether it runs one try only.
 *
 * @param tries how many sequences to try
 * @param steps the most operations in one sequence (deep tries, the second half, run up to ten
 *     times as many)
 * @param seed the seed; null for a new random one
 * @param duration with burn-in, keep trying new sequences for this long; null otherwise
 * @param timeout how long one call of the model or the implementation may take before it counts
 *     as hanging; null never to time out
 * @param memory the directory where a failure is remembered and replayed first on the next run;
 *     null to remember nothing
 * @param workers how many threads run tries at once; 0 for one per available processor
 * @param shard the part of the tries this JVM runs; null for all of them
 * @param onlyTry the number of the one try to run (as a report prints it), with the seed; null to
 *     search
 */
public record Settings(int tries, int steps, Long seed, Duration duration, Duration timeout, Path memory,
    int workers, Shard shard, Integer onlyTry) {
  /** Default number of tries. */
  public static final int DEFAULT_TRIES = 200;

  /** Default longest sequence. */
  public static final int DEFAULT_STEPS = 200;

  /** Default longest generated String, collection or array. */
  public static final int DEFAULT_MAX_SIZE = 10;

  /** Default longest call: 10 seconds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);


  /**
   * One part of a run's tries, for a CI matrix of {@code count} jobs: {@code modelof.shard=3/16}.
   * Part {@code index} (from 1) of a run of N tries runs tries {@code index}, {@code index + count},
   * ... up to N; of a burn-in, the blocks of 100 tries (sizes 1 to 100) numbered {@code index},
   * {@code index + count}, ... The parts together run the same tries as the whole run, each once.
   *
   * @param index which part, from 1 to {@code count}
   * @param count how many parts
   */
  public record Shard(int index, int count) {
    public Shard {
      if (count < 1 || index < 1 || index > count) {
        throw new IllegalArgumentException("a shard is i/n with 1 <= i <= n, not " + index + "/" + count);
      }
    }

    @Override
    public String toString() {
      return index + "/" + count;
    }
  }

  /** Settings without workers, shard or single try given: one worker per processor, every try. */
  public Settings(int tries, int steps, Long seed, Duration duration, Duration timeout, Path memory) {
    this(tries, steps, seed, duration, timeout, memory, 0, null, null);
  }

  /** The defaults: {@value #DEFAULT_TRIES} tries of at most {@value #DEFAULT_STEPS} steps, a new seed, no burn-in. */
  public static Settings defaults() {
    return new Settings(DEFAULT_TRIES, DEFAULT_STEPS, null, null, DEFAULT_TIMEOUT, null);
  }

  /** These settings with {@code count} tries. */
  public Settings withTries(int count) {
    return new Settings(count, steps, seed, duration, timeout, memory, workers, shard, onlyTry);
  }

  /** These settings with at most {@code count} steps per sequence. */
  public Settings withSteps(int count) {
    return new Settings(tries, count, seed, duration, timeout, memory, workers, shard, onlyTry);
  }

  /** These settings keeping on trying new sequences for {@code burnIn}, as {@code modelof.duration} does; null for none. */
  public Settings withDuration(Duration burnIn) {
    return new Settings(tries, steps, seed, burnIn, timeout, memory, workers, shard, onlyTry);
  }

  /** These settings with a fixed seed. */
  public Settings withSeed(long fixedSeed) {
    return new Settings(tries, steps, fixedSeed, duration, timeout, memory, workers, shard, onlyTry);
  }

  /** These settings with another call timeout; null never to time out. */
  public Settings withTimeout(Duration callTimeout) {
    return new Settings(tries, steps, seed, duration, callTimeout, memory, workers, shard, onlyTry);
  }

  /** These settings remembering failures in {@code directory}; null to remember nothing. */
  public Settings withMemory(Path directory) {
    return new Settings(tries, steps, seed, duration, timeout, directory, workers, shard, onlyTry);
  }

  /**
   * These settings running tries on {@code threads} threads at once, as {@code modelof.workers}
   * does; 0 for one per available processor. The verdict and the report do not depend on it.
   */
  public Settings withWorkers(int threads) {
    if (threads < 0) {
      throw new IllegalArgumentException("workers must be 0 (one per processor) or more, not " + threads);
    }
    return new Settings(tries, steps, seed, duration, timeout, memory, threads, shard, onlyTry);
  }

  /** These settings running only part {@code part} of the tries, as {@code modelof.shard} does; null for all. */
  public Settings withShard(Shard part) {
    return new Settings(tries, steps, seed, duration, timeout, memory, workers, part, onlyTry);
  }

  /**
   * These settings running only try {@code number} of the seed, as {@code modelof.try} does: the
   * try a report names; null to search.
   */
  public Settings withOnlyTry(Integer number) {
    return new Settings(tries, steps, seed, duration, timeout, memory, workers, shard, number);
  }

  /** How many threads run tries: {@link #workers}, or the available processors when it is 0. */
  public int workerThreads() {
    return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
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
    int w = workers;
    Shard sh = shard;
    Integer only = onlyTry;
    String value;
    if ((value = lookup.apply("modelof.tries")) != null) {
      t = SettingsText.parseWhole("modelof.tries", value, 1);
    }
    if ((value = lookup.apply("modelof.steps")) != null) {
      s = SettingsText.parseWhole("modelof.steps", value, 1);
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
    if ((value = lookup.apply("modelof.workers")) != null) {
      w = SettingsText.parseWorkers("modelof.workers", value);
    }
    if ((value = lookup.apply("modelof.shard")) != null) {
      int[] part = SettingsText.parseShard("modelof.shard", value);
      sh = part == null ? null : new Shard(part[0], part[1]);
    }
    if ((value = lookup.apply("modelof.try")) != null) {
      only = SettingsText.parseWhole("modelof.try", value, 1);
      if (sd == null) {
        throw new SettingsException("modelof.try runs one try of a seed: give the seed the report printed with it,"
            + " -Dmodelof.seed=0x... -Dmodelof.try=" + only);
      }
    }
    return new Settings(t, s, sd, d, to, m, w, sh, only);
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
}

package dev.modelof;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * How long a run goes: tries, steps per sequence, the seed, and an optional burn-in duration.
 *
 * @param tries how many sequences to try
 * @param steps the most operations in one sequence
 * @param seed the seed; null for a new random one
 * @param duration with burn-in, keep trying new sequences for this long; null otherwise
 */
public record Settings(int tries, int steps, Long seed, Duration duration) {
  /** Default number of tries. */
  public static final int DEFAULT_TRIES = 200;

  /** Default longest sequence. */
  public static final int DEFAULT_STEPS = 200;

  /** Default longest generated String, collection or array. */
  public static final int DEFAULT_MAX_SIZE = 10;

  /** The values of {@link ModelOf}: {@code seed} is empty or a number. */
  public static Settings declared(int tries, int steps, String seed) {
    return new Settings(tries, steps, seed.isEmpty() ? null : parseSeed("@ModelOf(seed)", seed), null);
  }

  /** These settings with a fixed seed. */
  public Settings withSeed(long fixedSeed) {
    return new Settings(tries, steps, fixedSeed, duration);
  }

  /** These settings with {@code modelof.*} system properties applied. */
  public Settings withSystemProperties() {
    return with(System::getProperty);
  }

  /** These settings with the properties {@code lookup} finds applied. */
  public Settings with(UnaryOperator<String> lookup) {
    int t = tries;
    int s = steps;
    Long sd = seed;
    Duration d = duration;
    String value;
    if ((value = lookup.apply("modelof.tries")) != null) {
      t = positive("modelof.tries", value);
    }
    if ((value = lookup.apply("modelof.steps")) != null) {
      s = positive("modelof.steps", value);
    }
    if ((value = lookup.apply("modelof.seed")) != null) {
      sd = parseSeed("modelof.seed", value);
    }
    if ((value = lookup.apply("modelof.duration")) != null) {
      d = parseDuration(value);
    }
    return new Settings(t, s, sd, d);
  }

  /** The seed written as the report prints it and {@code -Dmodelof.seed} reads it. */
  public static String formatSeed(long seed) {
    return "0x" + Long.toHexString(seed).toUpperCase(Locale.ROOT);
  }

  static long parseSeed(String where, String text) {
    String trimmed = text.trim();
    try {
      if (trimmed.startsWith("0x") || trimmed.startsWith("0X")) {
        return Long.parseUnsignedLong(trimmed.substring(2), 16);
      }
      return Long.parseLong(trimmed);
    } catch (NumberFormatException e) {
      throw new SettingsException(
          where + " must be a decimal number or 0x followed by hex digits (as the report prints it),"
              + " not '" + text + "'");
    }
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

  static Duration parseDuration(String text) {
    String trimmed = text.trim().toLowerCase(Locale.ROOT);
    try {
      if (trimmed.matches("\\d+(ms|s|m|h)")) {
        long amount = Long.parseLong(trimmed.replaceAll("\\D", ""));
        return switch (trimmed.replaceAll("\\d", "")) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          default -> Duration.ofHours(amount);
        };
      }
      return Duration.parse(trimmed.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new SettingsException(
          "modelof.duration must be a number with a unit (500ms, 30s, 10m, 2h) or an ISO-8601"
              + " duration (PT10M), not '" + text + "'");
    }
  }
}

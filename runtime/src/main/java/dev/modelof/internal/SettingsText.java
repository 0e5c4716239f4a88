package dev.modelof.internal;

import dev.modelof.SettingsException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Settings as text: how {@code @ModelOf} and the {@code modelof.*} system properties write seeds
 * and durations, and how reports print them. For modelof's processor and engine only; no
 * compatibility promise.
 */
public final class SettingsText {
  /** {@link dev.modelof.Settings#DEFAULT_TIMEOUT} as {@code modelof.timeout} writes it. */
  public static final String DEFAULT_TIMEOUT_TEXT = "10s";

  private SettingsText() {}

  /** The seed written as the report prints it and {@code -Dmodelof.seed} reads it. */
  public static String formatSeed(long seed) {
    return "0x" + Long.toHexString(seed).toUpperCase(Locale.ROOT);
  }

  /** A duration as the report prints it and {@code modelof.duration} reads it: 500ms, 10s, 2m. */
  public static String formatDuration(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 3_600_000 == 0 && millis > 0) {
      return millis / 3_600_000 + "h";
    }
    if (millis % 60_000 == 0 && millis > 0) {
      return millis / 60_000 + "m";
    }
    if (millis % 1000 == 0 && millis > 0) {
      return millis / 1000 + "s";
    }
    return millis + "ms";
  }

  /**
   * A seed as {@code -Dmodelof.seed} takes it: decimal, or {@code 0x} and hex digits, in ASCII
   * digits only ({@code Long.parseLong} would take the digits of any script); {@code where} names
   * the source in the {@link SettingsException}.
   */
  public static long parseSeed(String where, String text) {
    String trimmed = text.trim();
    try {
      if (trimmed.matches("0[xX][0-9a-fA-F]+")) {
        return Long.parseUnsignedLong(trimmed.substring(2), 16);
      }
      if (trimmed.matches("[+-]?[0-9]+")) {
        return Long.parseLong(trimmed);
      }
    } catch (NumberFormatException e) {
      // too large for a long: reported below like any other mistake
    }
    throw new SettingsException(
        where + " must be a decimal number or 0x followed by hex digits (as the report prints it),"
            + " not '" + text + "'");
  }

  /** A whole number of at least {@code least}, as {@code modelof.tries} or {@code modelof.prefix} takes it. */
  public static int parseWhole(String where, String text, int least) {
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= least) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new SettingsException(where + " must be a whole number of at least " + least + ", not '" + text + "'");
  }

  /**
   * A number of worker threads as {@code modelof.workers} takes it: a whole number of at least 1,
   * or {@code all} (0: one per available processor).
   */
  public static int parseWorkers(String where, String text) {
    String trimmed = text.trim();
    if (trimmed.equalsIgnoreCase("all")) {
      return 0;
    }
    if (trimmed.matches("[0-9]{1,6}") && Integer.parseInt(trimmed) > 0) {
      return Integer.parseInt(trimmed);
    }
    throw new SettingsException(where + " must be a whole number of threads of at least 1 (1 runs every try on one"
        + " thread), or all (one per processor), not '" + text + "'");
  }

  /**
   * A shard as {@code modelof.shard} takes it: {@code i/n} with 1 &lt;= i &lt;= n, as {@code [index, count]};
   * null for {@code off} or an empty value (a CI job outside the matrix).
   */
  public static int[] parseShard(String where, String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("off")) {
      return null;
    }
    if (trimmed.matches("[0-9]{1,6}\\s*/\\s*[0-9]{1,6}")) {
      String[] parts = trimmed.split("\\s*/\\s*");
      int index = Integer.parseInt(parts[0]);
      int count = Integer.parseInt(parts[1]);
      if (count >= 1 && index >= 1 && index <= count) {
        return new int[] {index, count};
      }
    }
    throw new SettingsException(where + " must be i/n, this job's part i of n (from 1/n to n/n), as in 3/16 for"
        + " the third of 16 jobs, not '" + text + "'");
  }

  /** A timeout: a positive duration, or {@code off} never to time out (null). */
  public static Duration parseTimeout(String where, String text) {
    if (text.trim().equalsIgnoreCase("off")) {
      return null;
    }
    Duration timeout = parseDuration(where, text);
    if (timeout.isZero() || timeout.isNegative()) {
      throw new SettingsException(where + " must be longer than zero (or off), not '" + text + "'");
    }
    return timeout;
  }

  /** A duration as {@code modelof.duration} takes it: 500ms, 30s, 10m, 2h, or ISO-8601 (PT10M). */
  public static Duration parseDuration(String where, String text) {
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
    } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
      throw new SettingsException(
          where + " must be a number with a unit (500ms, 30s, 10m, 2h) or an ISO-8601"
              + " duration (PT10M), not '" + text + "'");
    }
  }
}

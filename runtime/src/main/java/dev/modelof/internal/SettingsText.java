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

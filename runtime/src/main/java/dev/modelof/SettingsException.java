package dev.modelof;

/**
 * A malformed {@code modelof.*} property or {@link ModelOf} value. It carries no stack trace: the
 * message says all there is to fix.
 */
public final class SettingsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SettingsException(String message) {
    super(message, null, false, false);
  }
}

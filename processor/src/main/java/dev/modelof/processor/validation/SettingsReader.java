package dev.modelof.processor.validation;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.AnnotationValues;
import dev.modelof.SettingsException;
import dev.modelof.internal.SettingsText;
import java.util.function.Consumer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/** Reads the settings of {@code @ModelOf}: tries, steps, seed and timeout. */
final class SettingsReader {
  /** The settings as written, checked; the invalid ones are reported and returned as written. */
  record Values(int tries, int steps, String seed, String timeout) {}

  private final ValidationReport report;
  private final TypeElement spec;
  private final AnnotationMirror modelOf;

  SettingsReader(ValidationReport report, TypeElement spec, AnnotationMirror modelOf) {
    this.report = report;
    this.spec = spec;
    this.modelOf = modelOf;
  }

  Values read() {
    int tries = positiveSetting("tries");
    int steps = positiveSetting("steps");
    String seed = seedSetting();
    String timeout = timeoutSetting();
    return new Values(tries, steps, seed, timeout);
  }

  private int positiveSetting(String name) {
    AnnotationValue value = AnnotationMirrors.getAnnotationValue(modelOf, name);
    int number = AnnotationValues.getInt(value);
    if (number < 1) {
      report.report(
          Message.SETTINGS_INVALID, spec, modelOf, value, name, number, "it must be at least 1");
    }
    return number;
  }

  /**
   * {@code @ModelOf(seed)}, checked by the runtime's own reading of it ({@code
   * SettingsText.parseSeed}), so that a typo fails the build and not every run.
   */
  private String seedSetting() {
    return declaredSetting(
        "seed",
        "write a decimal number or 0x followed by hex digits, as a failure report prints it,"
            + " or leave it empty for a new seed each run",
        seed -> SettingsText.parseSeed("@ModelOf(seed)", seed));
  }

  /** {@code @ModelOf(timeout)}, checked as {@link #seedSetting} checks the seed. */
  private String timeoutSetting() {
    return declaredSetting(
        "timeout",
        "write a whole number with a unit (500ms, 30s, 2m, 1h) or an ISO-8601 duration (PT1M30S),"
            + " longer than zero, or off for no limit; leave it out for the default, "
            + SettingsText.DEFAULT_TIMEOUT_TEXT,
        timeout -> SettingsText.parseTimeout("@ModelOf(timeout)", timeout));
  }

  /** The text of setting {@code name}, reported with {@code fix} when {@code read} rejects it. */
  private String declaredSetting(String name, String fix, Consumer<String> read) {
    AnnotationValue value = AnnotationMirrors.getAnnotationValue(modelOf, name);
    String text = AnnotationValues.getString(value);
    try {
      if (!text.isEmpty()) {
        read.accept(text);
      }
    } catch (SettingsException e) {
      report.report(Message.SETTINGS_INVALID, spec, modelOf, value, name, "\"" + text + "\"", fix);
    }
    return text;
  }
}

package dev.modelof;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as the spec of a model-based test of {@link #value()}.
 *
 * <p>The annotation processor generates {@code <Spec>Op}, {@code <Spec>Machine} and {@code
 * <Spec>ModelTest} next to the interface. System properties {@code modelof.seed}, {@code
 * modelof.tries}, {@code modelof.steps}, {@code modelof.timeout} and {@code modelof.duration}
 * override the values here.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ModelOf {
  /** The implementation under test. */
  Class<?> value();

  /** How many random sequences to try. */
  int tries() default Settings.DEFAULT_TRIES;

  /**
   * The most operations in one sequence; the second half of the tries are deep tries of up to ten
   * times as many.
   */
  int steps() default Settings.DEFAULT_STEPS;

  /** A fixed seed (decimal or {@code 0x} hex); empty for a new random seed each run. */
  String seed() default "";

  /**
   * How long one call of the model or the implementation may take before the run reports it as
   * hanging ({@code 500ms}, {@code 30s}, {@code 2m}, or {@code off}); empty for the default, 10s.
   */
  String timeout() default "";
}

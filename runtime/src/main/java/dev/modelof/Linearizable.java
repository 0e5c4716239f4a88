package dev.modelof;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Beside {@link ModelOf}: the implementation is meant to be thread-safe, so the processor also
 * generates {@code <Spec>LinearizabilityTest}. It runs scenarios of a sequential prefix, then one
 * branch of calls per thread started together, then a few sequential calls, each many times on a
 * fresh implementation, and checks that every outcome is linearizable against the same model:
 * some order of the calls, consistent with each thread's order and with real time, gives the same
 * results on the model.
 *
 * <p>System properties {@code modelof.threads}, {@code modelof.calls}, {@code modelof.prefix},
 * {@code modelof.scenarios}, {@code modelof.repetitions}, {@code modelof.seed}, {@code
 * modelof.timeout} and {@code modelof.duration} override the values here. The seed replays the
 * scenarios, not the interleavings: which interleaving occurs is up to the JVM.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Linearizable {
  /** Threads that call the implementation at the same time; at least 2. */
  int threads() default LinearizabilitySettings.DEFAULT_THREADS;

  /** The most calls each thread makes in one scenario. */
  int calls() default LinearizabilitySettings.DEFAULT_CALLS;

  /** The most sequential calls before the threads start. */
  int prefix() default LinearizabilitySettings.DEFAULT_PREFIX;

  /** How many scenarios to draw. */
  int scenarios() default LinearizabilitySettings.DEFAULT_SCENARIOS;

  /** How many times each scenario runs, each time on a fresh implementation. */
  int repetitions() default LinearizabilitySettings.DEFAULT_REPETITIONS;
}

package dev.modelof;

import dev.modelof.engine.Engine;
import dev.modelof.engine.concurrent.ParallelEngine;
import dev.modelof.internal.Machine;
import java.util.Objects;
import java.util.function.Function;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a generated {@code <Spec>Machine} from several threads at once and checks that every
 * outcome is linearizable against the model. Generated {@code <Spec>LinearizabilityTest}s call
 * {@link #run}; a test of your own starts from {@link #of}:
 *
 * <pre>{@code
 * LinearizabilityResult<CounterSpecOp> result = LinearizabilityCheck.of(new CounterSpecMachine())
 *     .withImpl(RacyCounter.class, setup -> new RacyCounter())
 *     .withSeed(42)
 *     .check();
 * }</pre>
 *
 * @param <M> the model type
 * @param <I> the implementation type
 * @param <O> the spec's operation type
 */
public final class LinearizabilityCheck<M, I, O> {
  private final Machine<M, I, O> machine;
  private final LinearizabilitySettings settings;

  private LinearizabilityCheck(Machine<M, I, O> machine, LinearizabilitySettings settings) {
    this.machine = machine;
    this.settings = settings;
  }

  /**
   * Runs {@code machine} with the settings its {@link Linearizable} declares and the {@code
   * modelof.*} system properties, prints one line of what ran, and throws an {@link AssertionError}
   * carrying the report when a run is not linearizable.
   */
  public static void run(Machine<?, ?, ?> machine) {
    LinearizabilityResult<?> result = ParallelEngine.check(machine, machine.declaredLinearizability().withSystemProperties());
    String spec = machine.specType().getSimpleName();
    if (!result.passed()) {
      throw new AssertionFailedError(result.race().report());
    }
    System.out.println(spec + ": linearizable in " + result.runs() + " runs of " + result.scenarios() + " scenarios"
        + ", calls of different threads overlapping in time in " + result.overlapping() + " of them"
        + (result.redrawn() > 0 ? " (" + result.redrawn() + " drawn again: a precondition failed in some order)" : "")
        + (result.unknown() > 0 ? "; " + result.unknown() + " outcomes too costly to decide" : ""));
    if (result.unknown() * 100L > result.runs()) {
      throw new AssertionFailedError(spec + ": " + result.unknown() + " of " + result.runs()
          + " runs had outcomes the checker could not decide within its budget; use fewer calls per thread"
          + " (modelof.calls) or give the model value equality (a record, or equals and hashCode)");
    }
  }

  /** A check of {@code machine} with the settings its {@link Linearizable} declares, without system properties. */
  public static <M, I, O> LinearizabilityCheck<M, I, O> of(Machine<M, I, O> machine) {
    return new LinearizabilityCheck<>(machine, machine.declaredLinearizability());
  }

  /**
   * This check against another implementation of the spec (a variant with a race, say), built from
   * each setup by {@code newImpl}; reports and regression tests name {@code implType}.
   */
  public LinearizabilityCheck<M, I, O> withImpl(Class<? extends I> implType, Function<Setup, ? extends I> newImpl) {
    Objects.requireNonNull(implType, "implType");
    Objects.requireNonNull(newImpl, "newImpl");
    return new LinearizabilityCheck<>(Engine.withImpl(machine, implType, newImpl), settings);
  }

  /** This check with exactly {@code settings}. */
  public LinearizabilityCheck<M, I, O> withSettings(LinearizabilitySettings other) {
    return new LinearizabilityCheck<>(machine, Objects.requireNonNull(other, "settings"));
  }

  /** This check with a fixed seed: the same scenarios, not the same interleavings. */
  public LinearizabilityCheck<M, I, O> withSeed(long seed) {
    return new LinearizabilityCheck<>(machine, settings.withSeed(seed));
  }

  /** This check's settings. */
  public LinearizabilitySettings settings() {
    return settings;
  }

  /** Runs the check; the result holds the shrunk race, if any. */
  public LinearizabilityResult<O> check() {
    return ParallelEngine.check(machine, settings);
  }
}

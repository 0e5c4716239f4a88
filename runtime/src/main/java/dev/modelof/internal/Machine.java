package dev.modelof.internal;

import dev.modelof.Linearizable;
import dev.modelof.LinearizabilitySettings;
import dev.modelof.ModelOf;
import dev.modelof.NonAtomic;
import dev.modelof.Settings;
import dev.modelof.Setup;
import java.util.List;

/**
 * What a generated {@code <Spec>Machine} implements for one spec, and all the engine sees of it:
 * direct calls of each operation on the model and the implementation, preconditions, result
 * comparison chosen by type at compile time, invariants, and descriptions of the operations and
 * setups from which the engine draws, shrinks and prints. For generated code only; no
 * compatibility promise: the processor and the runtime are released together.
 *
 * @param <M> the model type (a class implementing the spec)
 * @param <I> the implementation type
 * @param <O> the spec's sealed operation type, one record per operation
 */
public interface Machine<M, I, O> {
  /** The spec interface. */
  Class<?> specType();

  /** The implementation class. */
  Class<?> implType();

  /**
   * Tries, steps, seed and timeout as declared on {@link ModelOf}, before system properties; the
   * defaults when it declares none.
   */
  default Settings declared() {
    return Settings.defaults();
  }

  /** The setups, one per model factory: at least one. */
  List<SetupInfo> setups();

  /** The operations, in declaration order; {@link #indexOf} and {@link #operation} use this order. */
  List<OperationInfo> operations();

  /** The invariants, in declaration order; {@link #invariant} uses this order. */
  List<InvariantInfo> invariants();

  /** A new model from the setup's model factory and arguments. */
  M newModel(Setup setup) throws Exception;

  /** A new implementation from the same arguments. */
  I newImpl(Setup setup) throws Exception;

  /** The operation record of operation {@code index} with {@code args}, which it reads during the call only. */
  O operation(int index, List<Object> args);

  /**
   * A new operation record of operation {@code index}, its arguments drawn from {@code draws} in
   * parameter order. Generated machines draw {@code int} arguments unboxed; the default draws
   * them all boxed and calls {@link #operation}.
   */
  default O draw(int index, Draws draws) {
    List<Object> args = draws.rest();
    return args == null ? null : operation(index, args);
  }

  /** The index of {@code op}'s operation. */
  int indexOf(O op);

  /** The arguments of {@code op}, boxed, in parameter order. */
  List<Object> argumentsOf(O op);

  /** The part of operation {@code index}'s precondition that takes no arguments. */
  boolean enabled(int index, M model);

  /** The part of {@code op}'s precondition that takes its arguments. */
  boolean accepts(O op, M model, Refs refs);

  /** Calls {@code op} on the model; null for a void operation. */
  Object applyToModel(O op, M model, Refs refs) throws Exception;

  /** Calls {@code op} on the implementation; null for a void operation. */
  Object applyToImpl(O op, I impl, Refs refs) throws Exception;

  /** Whether the two results of {@code op} agree, compared as their declared type requires. */
  boolean sameResult(O op, Object modelResult, Object implResult);

  /** Checks invariant {@code index}: false or a throw means it does not hold. */
  boolean invariant(int index, M model, I impl) throws Exception;

  /**
   * Runs operation {@code index}, whose precondition on the model alone holds, and records
   * nothing: draws its arguments from {@code step} as {@link #draw} does, checks the precondition on
   * them as {@link #accepts} does, calls the model and the implementation as the apply methods do,
   * and compares the results as {@link #sameResult} does, without an operation record or a boxed
   * result. Returns {@link UnrecordedStep#REFUSED}, {@link UnrecordedStep#DIFFERS}, {@link
   * UnrecordedStep#NOT_HERE} (before drawing anything) for an operation only {@link #draw} and the
   * apply methods run, or, when the results agree, what {@link UnrecordedStep#size} makes of the
   * model's result for an operation without arguments, else {@link UnrecordedStep#AGREED}. What
   * either side throws goes on: the engine then runs the try again, recorded.
   */
  default long runUnrecorded(int index, UnrecordedStep step, M model, I impl) throws Exception {
    return UnrecordedStep.NOT_HERE;
  }

  /**
   * The settings {@link Linearizable} declares, before system properties; the defaults when the
   * spec has none.
   */
  default LinearizabilitySettings declaredLinearizability() {
    return LinearizabilitySettings.defaults();
  }

  /**
   * False for a {@link NonAtomic} operation, which a linearizability check calls only in the
   * sequential parts of a scenario.
   */
  default boolean atomic(int index) {
    return true;
  }

  /**
   * Whether models compare by value (the model is a record or declares {@code equals}): a
   * linearizability check then merges equal model states in its search.
   */
  default boolean modelHasValueEquality() {
    return false;
  }
}

package dev.modelof;

import java.util.List;
import java.util.function.Function;

/**
 * What a generated {@code <Spec>Machine} implements for one spec, and all the engine sees of it:
 * direct calls of each operation on the model and the implementation, preconditions, result
 * comparison chosen by type at compile time, invariants, and descriptions of the operations and
 * setups from which the engine draws, shrinks and prints.
 *
 * @param <M> the model type (a class implementing the spec)
 * @param <I> the implementation type
 * @param <O> the spec's sealed operation type, one record per operation
 */
public interface Machine<M, I, O> {
  /** Canonical name of the spec interface. */
  String specType();

  /** Canonical name of the implementation. */
  String implType();

  /** Tries, steps and seed as declared on {@link ModelOf}, before system properties. */
  Settings declared();

  /** The model factories: at least one. */
  List<Factory> factories();

  /** The operations, in declaration order; {@link #indexOf} and {@link #operation} use this order. */
  List<Operation> operations();

  /** The invariants, in declaration order; {@link #invariant} uses this order. */
  List<Check> invariants();

  /** A new model from the setup's factory and arguments. */
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
   * This machine with another implementation: {@code newImpl} builds it from each setup, and
   * reports and regression tests name {@code implType} (a subclass, a variant with a known bug, a
   * second implementation of the same interface) and call its constructor.
   */
  default Machine<M, I, O> withImpl(String implType, Function<Setup, ? extends I> newImpl) {
    return new OtherImpl<>(this, implType, newImpl);
  }
}

package dev.modelof.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * One operation of a spec: an abstract method, called on the model and on the implementation.
 *
 * @param name the method name
 * @param recordName the simple name of its record in the operation type
 * @param weight its relative frequency
 * @param parameters its parameters, in order
 * @param returnType its declared return type ({@code void} included)
 * @param resultKind what its result is to the runtime
 * @param comparison how a model's and an implementation's results are compared
 * @param sameMethod for {@link Comparison#SPEC_METHOD}, the spec's static method comparing them;
 *     null otherwise
 * @param viaAdapter true when the implementation is called through a static adapter of the spec
 * @param modelThrowsThrowable true when the model's call may throw a {@code Throwable} that is
 *     neither an {@code Exception} nor an {@code Error}, which the machine does not declare
 * @param implThrowsThrowable the same for the implementation's call (or its adapter's)
 * @param precondition its {@code @Requires}; null when it has none
 * @param nonAtomic true for {@code @NonAtomic}: a linearizability check calls it only in the
 *     sequential parts of a scenario
 */
public record OperationDescriptor(
    String name,
    String recordName,
    int weight,
    List<ParameterDescriptor> parameters,
    TypeName returnType,
    ResultKind resultKind,
    Comparison comparison,
    String sameMethod,
    boolean viaAdapter,
    boolean modelThrowsThrowable,
    boolean implThrowsThrowable,
    Precondition precondition,
    boolean nonAtomic) {

  public OperationDescriptor {
    parameters = List.copyOf(parameters);
  }

  /** This operation with its record named {@code recordName}. */
  public OperationDescriptor withRecordName(String recordName) {
    return new OperationDescriptor(
        name,
        recordName,
        weight,
        parameters,
        returnType,
        resultKind,
        comparison,
        sameMethod,
        viaAdapter,
        modelThrowsThrowable,
        implThrowsThrowable,
        precondition,
        nonAtomic);
  }

  /** What an operation's result is. */
  public enum ResultKind {
    /** It returns nothing. */
    VOID,
    /** A value the model and the implementation must agree on. */
    VALUE,
    /** A handle kept for later steps, never compared. */
    REF
  }

  /** How two results are compared, chosen from the declared return type or by {@code @Compare}. */
  public enum Comparison {
    /** {@code Objects.equals(a, b)}. */
    EQUALS,
    /** {@code Arrays.equals((int[]) a, (int[]) b)}, for arrays of primitives. */
    ARRAYS_EQUALS,
    /** {@code Arrays.deepEquals((Object[]) a, (Object[]) b)}, for arrays of objects. */
    ARRAYS_DEEP_EQUALS,
    /** A {@code Collection} that is no {@code List} or {@code Set}: its elements as a multiset. */
    MULTISET,
    /** An {@code Iterator}: its elements in order. */
    ITERATOR,
    /** An {@code Iterable} that is no {@code Collection}: its elements in order. */
    ITERABLE,
    /** A {@code Stream}: its elements in order. */
    STREAM,
    /** A static boolean method of the spec, named by {@code @Compare}. */
    SPEC_METHOD;

    /** Whether the machine takes the elements out of each result at the call. */
    public boolean takesElements() {
      return this == MULTISET || this == ITERATOR || this == ITERABLE || this == STREAM;
    }
  }

  /**
   * A {@code @Requires} precondition: a boolean method of the model.
   *
   * @param method its name
   * @param takesArguments whether it takes the operation's parameters
   */
  public record Precondition(String method, boolean takesArguments) {}
}

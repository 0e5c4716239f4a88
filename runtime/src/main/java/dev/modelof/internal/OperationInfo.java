package dev.modelof.internal;

import java.util.List;

/**
 * What the engine knows of one operation of a spec: how to draw its arguments and how to write a
 * call of it as Java source. Generated code builds one with {@link #value}, {@link #call} or
 * {@link #ref}, then {@link #weight}, {@link #throughAdapter}, {@link #compared} and {@link
 * #comparedBy} where they differ from the default.
 * For generated code only; no compatibility promise.
 *
 * @param name the method name
 * @param weight relative frequency ({@code @Weight})
 * @param parameters its parameters, in order
 * @param resultKind whether it returns nothing, a value to compare, or a handle
 * @param handleType for a {@code @Ref} operation, the class of its result; matches {@link
 *     ParameterInfo#handleType()} of the parameters that receive it; null otherwise
 * @param viaAdapter true when the implementation is called through a static adapter of the spec
 *     ({@code Spec.put(impl, k, v)}), false for a direct call ({@code impl.put(k, v)})
 * @param comparison how its two results are compared, for a value operation
 * @param sameMethod for {@link ResultComparison#SPEC_METHOD}, the spec's static method that
 *     compares them; null otherwise
 */
public record OperationInfo(
    String name,
    int weight,
    List<ParameterInfo> parameters,
    ResultKind resultKind,
    Class<?> handleType,
    boolean viaAdapter,
    ResultComparison comparison,
    String sameMethod) {
  public OperationInfo {
    parameters = List.copyOf(parameters);
  }

  /** An operation whose result the model and the implementation must agree on. */
  public static OperationInfo value(String name, ParameterInfo... parameters) {
    return new OperationInfo(name, 1, List.of(parameters), ResultKind.VALUE, null, false, ResultComparison.EQUALS, null);
  }

  /** A {@code void} operation. */
  public static OperationInfo call(String name, ParameterInfo... parameters) {
    return new OperationInfo(name, 1, List.of(parameters), ResultKind.VOID, null, false, ResultComparison.EQUALS, null);
  }

  /** A {@code @Ref} operation: its result is a handle of {@code handleType}, kept, not compared. */
  public static OperationInfo ref(String name, Class<?> handleType, ParameterInfo... parameters) {
    return new OperationInfo(
        name, 1, List.of(parameters), ResultKind.REF, handleType, false, ResultComparison.EQUALS, null);
  }

  /** This operation with relative frequency {@code weight}. */
  public OperationInfo weight(int weight) {
    return new OperationInfo(name, weight, parameters, resultKind, handleType, viaAdapter, comparison, sameMethod);
  }

  /** This operation, called on the implementation through the spec's static adapter. */
  public OperationInfo throughAdapter() {
    return new OperationInfo(name, weight, parameters, resultKind, handleType, true, comparison, sameMethod);
  }

  /** This operation, its results compared as {@code comparison} says. */
  public OperationInfo compared(ResultComparison comparison) {
    return new OperationInfo(name, weight, parameters, resultKind, handleType, viaAdapter, comparison, null);
  }

  /** This operation, its results compared by the spec's static method {@code sameMethod}. */
  public OperationInfo comparedBy(String sameMethod) {
    return new OperationInfo(
        name, weight, parameters, resultKind, handleType, viaAdapter, ResultComparison.SPEC_METHOD, sameMethod);
  }
}

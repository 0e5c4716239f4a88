package dev.modelof.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * One parameter of an operation or a model factory.
 *
 * @param name the parameter's name in the spec
 * @param type its type as the operation record declares it ({@code Handle<T>} for a handle)
 * @param generator how its values are generated; null for a handle
 * @param fresh whether it is {@code @Fresh}
 * @param refType for a handle, the result type of the {@code @Ref} operations it receives, as the
 *     runtime spells it; null otherwise
 */
public record ParameterDescriptor(
    String name, TypeName type, GeneratorExpression generator, boolean fresh, String refType) {

  /** A parameter drawn from a generator. */
  public static ParameterDescriptor generated(
      String name, TypeName type, GeneratorExpression generator, boolean fresh) {
    return new ParameterDescriptor(name, type, generator, fresh, null);
  }

  /** A parameter that receives the result of an earlier {@code @Ref} step. */
  public static ParameterDescriptor handle(String name, TypeName handleType, String refType) {
    return new ParameterDescriptor(name, handleType, null, false, refType);
  }

  /** True when this parameter receives a handle. */
  public boolean isHandle() {
    return refType != null;
  }
}

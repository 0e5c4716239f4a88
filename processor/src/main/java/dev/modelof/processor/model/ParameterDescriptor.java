package dev.modelof.processor.model;

import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/**
 * One parameter of an operation or a model factory.
 *
 * @param name the parameter's name in the spec
 * @param type its type as the operation record declares it ({@code Handle<T>} for a handle)
 * @param generator how its values are generated; null for a handle
 * @param fresh whether it is {@code @Fresh}
 * @param handleType for a handle, the result type of the {@code @Ref} operations it receives (the
 *     {@code T} of {@code Handle<T>}); null otherwise
 */
public record ParameterDescriptor(
    String name, TypeName type, GeneratorExpression generator, boolean fresh, TypeName handleType) {

  /** A parameter drawn from a generator. */
  public static ParameterDescriptor generated(
      String name, TypeName type, GeneratorExpression generator, boolean fresh) {
    return new ParameterDescriptor(name, type, generator, fresh, null);
  }

  /** A parameter that receives the result of an earlier {@code @Ref} step: a {@code Handle<T>}. */
  public static ParameterDescriptor handle(String name, ParameterizedTypeName handle) {
    return new ParameterDescriptor(name, handle, null, false, handle.typeArguments().get(0));
  }

  /** True when this parameter receives a handle. */
  public boolean isHandle() {
    return handleType != null;
  }
}

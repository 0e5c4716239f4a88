package dev.modelof.processor.model;

import com.palantir.javapoet.ClassName;
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
 * @param fromModel for a {@code @FromModel} parameter, the model method its values come from; null
 *     otherwise
 */
public record ParameterDescriptor(
    String name, TypeName type, GeneratorExpression generator, boolean fresh, TypeName handleType,
    ModelValues fromModel) {
  /**
   * The model method a {@code @FromModel} parameter draws from.
   *
   * @param model the model class, raw, as a method reference names it
   * @param method the method's name; it takes no arguments
   * @param percent in how many draws of 100 the value comes from the model
   * @param witness the model type, when the generated call must name it ({@code
   *     .<Model<String>>fromModel(Model::keys)}) because the name is overloaded or the model
   *     generic; null otherwise
   */
  public record ModelValues(ClassName model, String method, int percent, TypeName witness) {}

  /** A parameter drawn from a generator. */
  public static ParameterDescriptor generated(
      String name, TypeName type, GeneratorExpression generator, boolean fresh) {
    return new ParameterDescriptor(name, type, generator, fresh, null, null);
  }

  /** A parameter that receives the result of an earlier {@code @Ref} step: a {@code Handle<T>}. */
  public static ParameterDescriptor handle(String name, ParameterizedTypeName handle) {
    return new ParameterDescriptor(name, handle, null, false, handle.typeArguments().get(0), null);
  }

  /** This parameter, drawn from the model's state as {@code from} says. */
  public ParameterDescriptor withFromModel(ModelValues from) {
    return new ParameterDescriptor(name, type, generator, fresh, handleType, from);
  }

  /** True when this parameter receives a handle. */
  public boolean isHandle() {
    return handleType != null;
  }
}

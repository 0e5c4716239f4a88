package dev.modelof.internal;

import dev.modelof.Gen;

/**
 * One generated parameter of an operation or a model factory. For generated code only; no
 * compatibility promise.
 *
 * @param name the parameter's name in the spec
 * @param gen how its values are generated and shrunk; null for a handle parameter
 * @param fresh true for {@code @Fresh}: never an earlier step's value
 * @param handleType for a parameter that receives a {@code @Ref} result, that result's class; null
 *     otherwise
 */
public record ParameterInfo(String name, Gen<?> gen, boolean fresh, Class<?> handleType) {
  /** A parameter drawn from {@code gen}, reusing earlier values. */
  public static ParameterInfo of(String name, Gen<?> gen) {
    return new ParameterInfo(name, gen, false, null);
  }

  /** A {@code @Fresh} parameter drawn from {@code gen}. */
  public static ParameterInfo fresh(String name, Gen<?> gen) {
    return new ParameterInfo(name, gen, true, null);
  }

  /** A parameter that receives a handle an earlier {@code @Ref} operation returned. */
  public static ParameterInfo handle(String name, Class<?> type) {
    return new ParameterInfo(name, null, false, type);
  }

  /** True when this parameter receives a handle. */
  public boolean isHandle() {
    return handleType != null;
  }
}

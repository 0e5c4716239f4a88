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
 * @param writtenAs the class a regression test casts this parameter's values to, so that a call of an
 *     overloaded operation binds to the same overload ({@code impl.remove((Integer) 0)}); null for none
 */
public record ParameterInfo(String name, Gen<?> gen, boolean fresh, Class<?> handleType, Class<?> writtenAs) {
  /** A parameter drawn from {@code gen}, reusing earlier values. */
  public static ParameterInfo of(String name, Gen<?> gen) {
    return new ParameterInfo(name, gen, false, null, null);
  }

  /** A {@code @Fresh} parameter drawn from {@code gen}. */
  public static ParameterInfo fresh(String name, Gen<?> gen) {
    return new ParameterInfo(name, gen, true, null, null);
  }

  /** A parameter that receives a handle an earlier {@code @Ref} operation returned. */
  public static ParameterInfo handle(String name, Class<?> type) {
    return new ParameterInfo(name, null, false, type, null);
  }

  /** This parameter, its values cast to {@code type} where a regression test writes them. */
  public ParameterInfo writtenAs(Class<?> type) {
    return new ParameterInfo(name, gen, fresh, handleType, type);
  }

  /** True when this parameter receives a handle. */
  public boolean isHandle() {
    return handleType != null;
  }
}

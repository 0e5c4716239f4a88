package dev.modelof.internal;

import dev.modelof.Gen;
import java.util.Collection;
import java.util.function.Function;

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
 * @param fromModel for a {@code @FromModel} parameter, where the model's values come from; null
 *     otherwise
 */
public record ParameterInfo(
    String name, Gen<?> gen, boolean fresh, Class<?> handleType, Class<?> writtenAs, ModelValues fromModel) {
  /**
   * Where a {@code @FromModel} parameter's values come from.
   *
   * @param values the model's method, applied to the machine's model only
   * @param percent in how many draws of 100 the argument comes from {@code values}
   */
  public record ModelValues(Function<Object, ? extends Collection<?>> values, int percent) {
    /** Whether every argument must be one of the model's values: when no draw comes from the generator. */
    public boolean only() {
      return percent >= 100;
    }
  }

  /** A parameter drawn from {@code gen}, reusing earlier values. */
  public static ParameterInfo of(String name, Gen<?> gen) {
    return new ParameterInfo(name, gen, false, null, null, null);
  }

  /** A {@code @Fresh} parameter drawn from {@code gen}. */
  public static ParameterInfo fresh(String name, Gen<?> gen) {
    return new ParameterInfo(name, gen, true, null, null, null);
  }

  /** A parameter that receives a handle an earlier {@code @Ref} operation returned. */
  public static ParameterInfo handle(String name, Class<?> type) {
    return new ParameterInfo(name, null, false, type, null, null);
  }

  /** This parameter, its values cast to {@code type} where a regression test writes them. */
  public ParameterInfo writtenAs(Class<?> type) {
    return new ParameterInfo(name, gen, fresh, handleType, type, fromModel);
  }

  /**
   * This parameter, drawn from the collection {@code values} returns for the model ({@code
   * .fromModel(RegistryModel::ids)}): {@code @FromModel("ids")}.
   */
  public <M> ParameterInfo fromModel(Function<M, ? extends Collection<?>> values) {
    return fromModel(values, 100);
  }

  /** As {@link #fromModel(Function)}, in {@code percent} draws of 100; the others from the generator. */
  @SuppressWarnings("unchecked") // the engine applies it to the model of the machine that declares it
  public <M> ParameterInfo fromModel(Function<M, ? extends Collection<?>> values, int percent) {
    if (percent < 1 || percent > 100) {
      throw new IllegalArgumentException("percent must be 1 to 100: " + percent);
    }
    return new ParameterInfo(name, gen, fresh, handleType, writtenAs,
        new ModelValues((Function<Object, ? extends Collection<?>>) (Function<?, ?>) values, percent));
  }

  /** True when this parameter receives a handle. */
  public boolean isHandle() {
    return handleType != null;
  }
}

package dev.modelof.internal;

import java.util.List;

/**
 * One setup of a spec: a model factory, and how the same arguments build the implementation. For
 * generated code only; no compatibility promise.
 *
 * @param method the model factory's name, a static method of the spec
 * @param parameters its parameters, generated and shrunk like any argument
 * @param implFactory name of the spec's static impl factory; null to call the implementation's
 *     constructor
 */
public record SetupInfo(String method, List<ParameterInfo> parameters, String implFactory) {
  public SetupInfo {
    parameters = List.copyOf(parameters);
  }

  /** The model factory {@code method}; the implementation's constructor takes the same arguments. */
  public static SetupInfo of(String method, ParameterInfo... parameters) {
    return new SetupInfo(method, List.of(parameters), null);
  }

  /** This setup, building the implementation with the spec's static method {@code implFactory}. */
  public SetupInfo implFactory(String implFactory) {
    return new SetupInfo(method, parameters, implFactory);
  }
}

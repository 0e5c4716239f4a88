package dev.modelof.processor.model;

import java.util.List;

/**
 * One model factory of a spec, and how its arguments build the implementation.
 *
 * @param method the static model factory of the spec
 * @param parameters its generated parameters
 * @param implFactory the spec's static impl factory taking the same parameters; null to call the
 *     implementation's constructor
 * @param modelThrowsThrowable true when the model factory may throw a {@code Throwable} that is
 *     neither an {@code Exception} nor an {@code Error}, which the machine does not declare
 * @param implThrowsThrowable the same for the impl factory, or the constructor
 */
public record SetupDescriptor(
    String method,
    List<ParameterDescriptor> parameters,
    String implFactory,
    boolean modelThrowsThrowable,
    boolean implThrowsThrowable) {
  public SetupDescriptor {
    parameters = List.copyOf(parameters);
  }

  /** True when the implementation is built by its constructor. */
  public boolean usesConstructor() {
    return implFactory == null;
  }
}

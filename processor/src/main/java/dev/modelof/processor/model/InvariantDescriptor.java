package dev.modelof.processor.model;

/**
 * An {@code @Invariant}: a static method of the spec checked after every step.
 *
 * @param method its name
 * @param takesModel whether the model is among its parameters (always first)
 * @param takesImpl whether the implementation is among its parameters
 * @param returnsBoolean true when it returns boolean, false when it is void and fails by throwing
 */
public record InvariantDescriptor(
    String method, boolean takesModel, boolean takesImpl, boolean returnsBoolean) {}

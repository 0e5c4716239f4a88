package dev.modelof.processor.model;

/**
 * An {@code @Invariant}: a static method of the spec checked after every step.
 *
 * @param method its name
 * @param takesModel whether the model is among its parameters (always first)
 * @param takesImpl whether the implementation is among its parameters
 * @param returnsBoolean true when it returns boolean, false when it is void and fails by throwing
 * @param throwsThrowable true when it may throw a {@code Throwable} that is neither an {@code
 *     Exception} nor an {@code Error}, which the machine does not declare
 */
public record InvariantDescriptor(
    String method, boolean takesModel, boolean takesImpl, boolean returnsBoolean, boolean throwsThrowable) {}

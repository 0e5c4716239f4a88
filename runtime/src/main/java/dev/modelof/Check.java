package dev.modelof;

/**
 * An {@link Invariant} of a spec, as the regression-test writer needs to call it.
 *
 * @param method the static method's name
 * @param specType canonical name of the spec that declares it
 * @param takesModel whether its parameters include the model
 * @param takesImpl whether its parameters include the implementation
 * @param returnsBoolean true for a boolean invariant, false for a void one that throws
 */
public record Check(
    String method, String specType, boolean takesModel, boolean takesImpl, boolean returnsBoolean) {}

package dev.modelof;

import java.util.List;

/**
 * One setup of a spec: a model factory, and how the same arguments build the implementation.
 *
 * @param method the model factory's name, a static method of the spec
 * @param params its parameters, generated and shrunk like any argument
 * @param specType canonical name of the spec
 * @param implType canonical name of the implementation
 * @param implFactory name of the spec's static impl factory; null to call the implementation's
 *     constructor
 */
public record Factory(
    String method, List<Param> params, String specType, String implType, String implFactory) {}

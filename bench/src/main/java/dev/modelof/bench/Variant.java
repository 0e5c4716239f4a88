package dev.modelof.bench;

import dev.modelof.internal.Machine;

/**
 * An implementation with a known bug, as a machine that checks it against the spec's model.
 *
 * @param spec the spec's simple name
 * @param name the variant's simple name
 * @param machine the spec's machine with the variant as implementation
 */
public record Variant(String spec, String name, Machine<?, ?, ?> machine) {}

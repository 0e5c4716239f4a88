/**
 * Reads a spec through {@code javax.lang.model}, reports every mistake in it with a message of
 * the {@link dev.modelof.processor.validation.Message} catalogue, and describes a valid spec.
 */
package dev.modelof.processor.validation;

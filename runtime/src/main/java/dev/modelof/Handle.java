package dev.modelof;

import dev.modelof.internal.Refs;

/**
 * A reference to the result of an earlier {@link Ref} step. The model receives its own result of
 * that step and the implementation its own; see {@link Refs}.
 *
 * @param step the id of the step that returned it
 * @param <T> the type of the handle
 */
public record Handle<T>(int step) {}

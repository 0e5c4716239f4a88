package dev.modelof;

/**
 * A reference to the result of an earlier {@link Ref} step, as the operation records of the steps
 * that take it hold it. When such a step runs, the model receives its own result of that step and
 * the implementation its own.
 *
 * @param step the id of the step that returned it
 * @param <T> the type of the handle
 */
public record Handle<T>(int step) {}

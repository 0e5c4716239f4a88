package dev.modelof.engine;

/**
 * What closing an {@link AutoCloseable} model and implementation did after a sequence.
 *
 * @param modelCloses whether the model is {@link AutoCloseable}
 * @param implCloses whether the implementation is {@link AutoCloseable}
 * @param modelError what the model's {@code close()} threw, or null
 * @param implError what the implementation's {@code close()} threw, or null
 * @param problem what went wrong, or null
 */
record Teardown(boolean modelCloses, boolean implCloses, Throwable modelError, Throwable implError, String problem) {}

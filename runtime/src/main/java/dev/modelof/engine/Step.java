package dev.modelof.engine;

import dev.modelof.Handle;

/**
 * One operation of a sequence, with the id that {@link Handle}s to its result use. Ids stay the
 * same while shrinking drops other steps.
 *
 * @param id unique within a sequence; increasing, except where the shrinker moved a step that
 *     neither makes nor takes a handle
 * @param op the operation record
 * @param <O> the spec's operation type
 */
record Step<O>(int id, O op) {}

/**
 * The built-in generators behind {@link dev.modelof.Gens}: numbers, text and choices ({@code
 * BasicGens}) and values made of parts ({@code CompositeGens}: optionals, collections, arrays,
 * records), each a record so that equal generators share their pools of reused values.
 *
 * <p>Not exported by the module; public only for {@code dev.modelof.Gens} and the engine.
 */
package dev.modelof.engine.generation;

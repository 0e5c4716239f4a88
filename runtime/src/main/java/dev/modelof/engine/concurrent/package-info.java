/**
 * The linearizability check: draws scenarios of a sequential prefix, parallel branches and a post
 * part ({@code ScenarioDrawer}, {@code Interleavings}), runs them many times on kept threads
 * ({@code ParallelRunner}), decides whether some order of the calls explains each outcome ({@code
 * LinearizabilityChecker}), shrinks a race ({@code RaceShrinker}) and writes its report and
 * regression test ({@code RaceReport}).
 *
 * <p>Not exported by the module: {@link dev.modelof.LinearizabilityCheck} reaches it through
 * {@link dev.modelof.engine.concurrent.ParallelEngine}; everything else is package-private.
 */
package dev.modelof.engine.concurrent;

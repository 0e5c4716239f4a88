/**
 * The engine: runs a machine's tries ({@code Runner}, {@code Attempt}, {@code Execution}), draws
 * their arguments ({@code Plan}, {@code PooledSource}, {@code PlannedDraws}), replays and shrinks
 * a failure ({@code Replayer}, {@code Shrinker}), writes its report and regression test ({@code
 * ReportWriter}, {@code JavaWriter}, {@code ValueText}), watches for calls that hang ({@code
 * Watchdog}, {@code Worker}) and remembers failures between runs ({@code FailureMemory}).
 *
 * <p>Not exported by the module: {@link dev.modelof.ModelCheck} reaches it through {@link
 * dev.modelof.engine.Engine}, {@link dev.modelof.Source#seeded} through {@code PooledSource}, the
 * built-in generators write values through {@code ValueText}, the linearizability check stops stuck
 * threads through {@code Threads}, and the benchmarks draw through {@code RunnerDraws}; everything
 * else is package-private.
 */
package dev.modelof.engine;

package dev.modelof.engine;

import dev.modelof.Setup;
import dev.modelof.internal.Draws;
import dev.modelof.internal.Machine;

/**
 * The runner's own draws, one try at a time, for the layers that {@code Layers} measures: the same
 * seeds, the same setup, the same choice of operation and the same arguments as a {@link
 * dev.modelof.ModelCheck#check} run, without the rest of the run. For the benchmarks only; nothing
 * in the runtime needs it.
 */
public final class RunnerDraws {
  private final Plan plan;
  private final long seed;
  private PooledSource source;
  private PlannedDraws draws;

  /** The draws of {@code machine}'s runs with {@code seed}. */
  public RunnerDraws(Machine<?, ?, ?> machine, long seed) {
    this.plan = new Plan(machine);
    this.seed = seed;
  }

  /** Starts try {@code number} (from 1) at {@code size}; returns its setup, drawn first. */
  public Setup start(int number, int size) {
    source = new Runner.Try(seed, number, size, 0).source(plan, true);
    draws = new PlannedDraws(plan, source);
    return plan.setup(source);
  }

  /** The index of the next operation, chosen by weight. */
  public int pick() {
    return plan.pick(source);
  }

  /** Where the arguments of operation {@code index} come from. Its parameters may not take handles. */
  public Draws draws(int index) {
    draws.begin(index, null, 0);
    return draws;
  }
}

package dev.modelof.engine;

import dev.modelof.Result;
import dev.modelof.Settings;
import dev.modelof.Setup;
import dev.modelof.internal.Machine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What {@link dev.modelof.ModelCheck} asks of the engine. Public so that the API package can reach
 * it; not part of the API, and not exported by the module.
 */
public final class Engine {
  private Engine() {}

  /** Runs {@code machine} with exactly {@code settings}. */
  public static <M, I, O> Result<O> check(Machine<M, I, O> machine, Settings settings) {
    return new Runner<>(machine, settings).check();
  }

  /** Runs {@code machine} with exactly {@code settings} and the shrinker's passes {@code shrinking} names. */
  public static <M, I, O> Result<O> check(Machine<M, I, O> machine, Settings settings, Shrinking shrinking) {
    return new Runner<>(machine, settings, RunOptions.DEFAULT.withShrinking(shrinking)).check();
  }

  /** Which of the shrinker's passes run: fewer only to measure what the others cost and gain. */
  public enum Shrinking {
    /** Until the failure is 1-minimal: no single change keeps it failing. */
    ONE_MINIMAL,
    /**
     * Then the passes that trade it for a shorter one, without the last two: a step dropped with
     * the arguments that follow results, and the search for a shorter reordering.
     */
    WITHOUT_REORDERING,
    /** Every pass: what a run does. */
    ALL
  }

  /**
   * Runs {@code machine} with exactly {@code settings}, every try recorded from its first step:
   * only to measure what running tries unrecorded first gains.
   */
  public static <M, I, O> Result<O> checkRecorded(Machine<M, I, O> machine, Settings settings) {
    return new Runner<>(machine, settings, RunOptions.DEFAULT.withUnrecorded(false)).check();
  }

  /** Replays {@code operations} from {@code setup}: true when the implementation and model disagree. */
  public static <M, I, O> boolean fails(Machine<M, I, O> machine, Setup setup, List<O> operations) {
    List<Step<O>> steps = new ArrayList<>();
    for (O op : operations) {
      steps.add(new Step<>(steps.size(), op));
    }
    return new Replayer<>(machine).replay(setup, steps).failed();
  }

  /** {@code machine} checking {@code implType}, built from each setup by {@code newImpl}. */
  public static <M, I, O> Machine<M, I, O> withImpl(
      Machine<M, I, O> machine, Class<?> implType, Function<Setup, ? extends I> newImpl) {
    return new MachineWithImpl<>(machine, implType, newImpl, null);
  }

  /**
   * As {@link #withImpl(Machine, Class, Function)}; a regression test builds the implementation with
   * the expression {@code javaSource} writes from the setup's arguments written as Java.
   */
  public static <M, I, O> Machine<M, I, O> withImpl(Machine<M, I, O> machine, Class<?> implType,
      Function<Setup, ? extends I> newImpl, Function<List<String>, String> javaSource) {
    return new MachineWithImpl<>(machine, implType, newImpl, javaSource);
  }
}

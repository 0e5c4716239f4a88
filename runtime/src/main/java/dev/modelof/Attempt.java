package dev.modelof;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One try: draws a setup, then draws and runs steps until one fails or the length is reached.
 * Steps and events go into arrays of the try's length, written once each, so that a watchdog can
 * read them while the worker hangs in a call.
 */
final class Attempt<M, I, O> implements Watch.Job {
  /** Draws per step before concluding that no operation can run. */
  private static final int DRAWS_PER_STEP = 50;

  private final Machine<M, I, O> machine;
  private final Plan plan;
  private final Source source;
  /** Where the arguments of each step are drawn from. */
  private final Draws draws;
  private final Counts counts;
  /** The operation index of the step {@link #next} drew last. */
  private int drawnIndex;
  private final Step<?>[] drawn;
  private final Event[] events;
  final Runner.Try origin;
  final Setup setup;

  /**
   * @param origin which try this is; its length is the most steps it runs
   * @param counts where to count what ran and what preconditions refused; null not to count
   */
  Attempt(Machine<M, I, O> machine, Plan plan, Runner.Try origin, boolean reuse, Counts counts) {
    this.machine = machine;
    this.plan = plan;
    this.origin = origin;
    int length = origin.length();
    this.source = origin.source(plan, reuse);
    this.draws = new Draws(plan, source);
    this.counts = counts;
    this.drawn = new Step<?>[length];
    this.events = new Event[length];
    int factory = source.nextInt(plan.factories.length);
    source.drawingFor(-1);
    List<Object> args = new ArrayList<>();
    for (Plan.Slot slot : plan.factories[factory]) {
      args.add(plan.draw(source, slot));
    }
    this.setup = new Setup(factory, args);
  }

  /** Runs up to the try's length of steps; the trace ends at the first failure. */
  Trace run(Watch watch) {
    watch.begin(this);
    String[] problem = new String[1];
    Execution<M, I, O> execution = Execution.start(machine, plan, setup, problem, watch);
    if (execution == null) {
      return checked(watch, new Trace(true, problem[0], List.of()));
    }
    int count = 0;
    try {
      for (int i = 0; i < drawn.length; i++) {
        watch.checkAbandoned();
        Step<O> step = next(execution, i);
        if (step == null) {
          break;
        }
        drawn[i] = step;
        Event event = execution.runDrawn(step, drawnIndex, i);
        events[i] = event;
        count++;
        if (counts != null) {
          counts.ran(drawnIndex);
        }
        if (event.problem() != null) {
          execution.closeQuietly();
          return checked(watch, new Trace(true, null, Trace.first(events, count)));
        }
      }
      watch.checkAbandoned();
      Teardown teardown = execution.close(count);
      return checked(watch, new Trace(true, null, Trace.first(events, count), teardown, null));
    } finally {
      execution.closeQuietly();
    }
  }

  /**
   * {@code trace}, unless the watchdog gave up on this worker meanwhile: what a call returned after
   * it was interrupted must not count.
   */
  private static Trace checked(Watch watch, Trace trace) {
    watch.checkAbandoned();
    return trace;
  }

  /** The steps drawn, up to and including the last one run. */
  @SuppressWarnings("unchecked") // drawn holds steps of this machine
  List<Step<O>> steps(Trace trace) {
    int length = trace.events().size();
    List<Step<O>> out = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      out.add((Step<O>) drawn[i]);
    }
    return out;
  }

  @Override
  public Trace hung(int position, Phase phase, Duration timeout) {
    return hungTrace(machine, drawn, events, position, phase, timeout);
  }

  /** The trace of a job whose call in {@code phase} of the step at {@code position} hung. */
  static Trace hungTrace(Machine<?, ?, ?> machine, Step<?>[] steps, Event[] events, int position, Phase phase,
      Duration timeout) {
    String problem = Execution.hangProblem(phase, timeout);
    switch (phase) {
      case BUILD_MODEL, BUILD_IMPL -> {
        String who = phase == Phase.BUILD_IMPL ? Execution.simpleName(machine.implType()) + " " : "";
        return new Trace(true, who + problem, List.of(), null, phase);
      }
      case CLOSE_MODEL, CLOSE_IMPL -> {
        List<Event> before = Trace.first(events, position);
        boolean model = phase == Phase.CLOSE_MODEL;
        return new Trace(true, null, before, new Teardown(model, !model, null, null, problem), phase);
      }
      default -> {
        List<Event> before = new ArrayList<>(Arrays.asList(events).subList(0, position));
        before.add(Event.hung(steps[position], phase, problem));
        return new Trace(true, null, List.copyOf(before), null, phase);
      }
    }
  }

  /** Draws an operation whose precondition holds, with its arguments; null when none can be found. */
  private Step<O> next(Execution<M, I, O> execution, int id) {
    for (int draw = 0; draw < DRAWS_PER_STEP; draw++) {
      int index = pick();
      if (!machine.enabled(index, execution.model)) {
        if (counts != null) {
          counts.refused(index);
        }
        continue;
      }
      draws.begin(index, execution);
      O op = machine.draw(index, draws);
      if (!draws.complete()) {
        if (counts != null) {
          counts.noHandle(index);
        }
        continue;
      }
      if (machine.accepts(op, execution.model, execution.refs)) {
        drawnIndex = index;
        return new Step<>(id, op);
      }
      if (counts != null) {
        counts.refused(index);
      }
    }
    return null;
  }

  private int pick() {
    int roll = source.nextInt(plan.totalWeight);
    for (int i = 0; i < plan.weights.length; i++) {
      roll -= plan.weights[i];
      if (roll < 0) {
        return i;
      }
    }
    throw new IllegalStateException("weights must be positive");
  }
}

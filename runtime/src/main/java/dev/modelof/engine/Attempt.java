package dev.modelof.engine;

import dev.modelof.Setup;
import dev.modelof.internal.Draws;
import dev.modelof.internal.Machine;
import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One try: draws a setup, then draws and runs steps until one fails or the length is reached.
 * Operations and results go into arrays of the try's length, written once each, so that a watchdog
 * can read them while the worker hangs in a call. A step that agrees is kept as its operation and
 * its two results; its {@link Step} and {@link Event} are made only if the trace is read.
 */
final class Attempt<M, I, O> implements Watch.Job {
  /** Draws per step before concluding that no operation can run. */
  private static final int DRAWS_PER_STEP = 50;

  private final Machine<M, I, O> machine;
  private final Plan plan;
  private final PooledSource source;
  /** Where the arguments of each step are drawn from. */
  private final PlannedDraws draws;
  private final Counts counts;
  /** The operation index of the step {@link #next} drew last. */
  private int drawnIndex;
  /** The operation of each step run, by position (the position is the step's id). */
  private final Object[] ops;
  /** The operation index of each step run, by position. */
  private final int[] indices;
  /** How many steps ran. */
  private int ran;
  /** The model's and the implementation's result of each step that agreed: two per position. */
  private final Object[] results;
  /**
   * The event of each step that did not simply agree (it failed, or both sides threw), by position;
   * null until there is one.
   */
  private Event[] unusual;
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
    this.draws = new PlannedDraws(plan, source);
    this.counts = counts;
    this.ops = new Object[length];
    this.indices = new int[length];
    this.results = new Object[2 * length];
    this.setup = plan.setup(source);
  }

  /** Runs up to the try's length of steps; the trace ends at the first failure. */
  Trace run(Watch watch) {
    watch.begin(this);
    Execution.Start<M, I, O> start = Execution.start(machine, plan, setup, watch);
    if (start instanceof Execution.ImplFailed<M, I, O> failed) {
      return checked(watch, Trace.of(failed));
    }
    Execution<M, I, O> execution = ((Execution.Started<M, I, O>) start).execution();
    int count = 0;
    try {
      for (int i = 0; i < ops.length; i++) {
        watch.checkAbandoned();
        O op = next(execution);
        if (op == null) {
          break;
        }
        ops[i] = op;
        indices[i] = drawnIndex;
        Event event = execution.runDrawn(op, drawnIndex, i, results);
        if (event != null) {
          if (unusual == null) {
            unusual = new Event[ops.length];
          }
          unusual[i] = event;
        }
        count++;
        ran = count;
        if (counts != null) {
          counts.ran(drawnIndex);
        }
        if (event != null && event.problem() != null) {
          execution.closeQuietly();
          return checked(watch, new Trace(true, null, events(count)));
        }
      }
      watch.checkAbandoned();
      Teardown teardown = execution.close(count);
      Trace trace = new Trace(true, null, new Recorded(count), teardown, null);
      return checked(watch, trace.failed() ? new Trace(true, null, events(count), teardown, null) : trace);
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

  /**
   * The largest value each operation that {@code counts} {@linkplain Counts#measuring measures}
   * returned in this try, from the model's results of the steps that agreed, by operation index:
   * {@code -1} where the try did not call it or for other operations, {@code -2} where it returned
   * anything but a non-negative {@code Integer}; null when no operation is measured.
   */
  int[] largestSizes(Counts counts) {
    if (!counts.measuresAny()) {
      return null;
    }
    int[] largest = new int[machine.operations().size()];
    Arrays.fill(largest, -1);
    for (int i = 0; i < ran; i++) {
      int operation = indices[i];
      if (largest[operation] != -2 && counts.measuring(operation) && (unusual == null || unusual[i] == null)) {
        largest[operation] = results[2 * i] instanceof Integer size && size >= 0 ? Math.max(largest[operation], size) : -2;
      }
    }
    return largest;
  }

  /** The steps drawn, up to and including the last one run. */
  List<Step<O>> steps(Trace trace) {
    int length = trace.events().size();
    List<Step<O>> out = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      out.add(step(i));
    }
    return out;
  }

  @SuppressWarnings("unchecked") // ops holds operations of this machine
  private Step<O> step(int position) {
    return new Step<>(position, (O) ops[position]);
  }

  /** The event of the step at {@code position}, which ran. */
  private Event event(int position) {
    Event event = unusual == null ? null : unusual[position];
    return event != null ? event
        : new Event(step(position), results[2 * position], results[2 * position + 1], null, null, null, -1);
  }

  /** The events of the first {@code count} steps. */
  private List<Event> events(int count) {
    Event[] events = new Event[count];
    for (int i = 0; i < count; i++) {
      events[i] = event(i);
    }
    return List.of(events);
  }

  /**
   * The events of a try that passed, made as they are read: a passing trace is mostly only
   * counted.
   */
  private final class Recorded extends AbstractList<Event> {
    private final int count;

    Recorded(int count) {
      this.count = count;
    }

    @Override
    public Event get(int index) {
      Objects.checkIndex(index, count);
      return event(index);
    }

    @Override
    public int size() {
      return count;
    }
  }

  @Override
  public Trace hung(int position, Phase phase, Duration timeout) {
    Step<?>[] steps = new Step<?>[Math.min(position + 1, ops.length)];
    for (int i = 0; i < steps.length; i++) {
      steps[i] = step(i);
    }
    Event[] before = new Event[position];
    for (int i = 0; i < position; i++) {
      before[i] = event(i);
    }
    return hungTrace(machine, steps, before, position, phase, timeout);
  }

  /** The trace of a job whose call in {@code phase} of the step at {@code position} hung. */
  static Trace hungTrace(Machine<?, ?, ?> machine, Step<?>[] steps, Event[] events, int position, Phase phase,
      Duration timeout) {
    String problem = Execution.hangProblem(phase, timeout);
    switch (phase) {
      case BUILD_MODEL, BUILD_IMPL -> {
        String who = phase == Phase.BUILD_IMPL ? machine.implType().getSimpleName() + " " : "";
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
  private O next(Execution<M, I, O> execution) {
    for (int draw = 0; draw < DRAWS_PER_STEP; draw++) {
      int index = plan.pick(source);
      if (!machine.enabled(index, execution.model)) {
        if (counts != null) {
          counts.refused(index);
        }
        continue;
      }
      draws.begin(index, execution);
      O op = machine.draw(index, draws);
      if (!draws.complete()) {
        if (counts != null && draws.lackedModelValue()) {
          counts.refused(index);
        } else if (counts != null) {
          counts.noHandle(index);
        }
        continue;
      }
      if (machine.accepts(op, execution.model, execution.refs)) {
        drawnIndex = index;
        return op;
      }
      if (counts != null) {
        counts.refused(index);
      }
    }
    return null;
  }
}

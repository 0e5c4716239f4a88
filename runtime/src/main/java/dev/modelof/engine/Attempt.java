package dev.modelof.engine;

import dev.modelof.Setup;
import dev.modelof.internal.Draws;
import dev.modelof.internal.Machine;
import dev.modelof.internal.SettingsText;
import dev.modelof.internal.UnrecordedStep;
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
 *
 * <p>A try is a function of its {@link Runner.Try} alone, so it may first run {@linkplain
 * #runUnrecorded unrecorded}, keeping nothing, and run again recorded only when a step did
 * anything but agree.
 */
final class Attempt<M, I, O> implements Watch.Job {
  /** Draws per step before concluding that no operation can run. */
  private static final int DRAWS_PER_STEP = 50;
  /** The least time the model alone gets to return from a step that hung: see {@link #sideThatHangs}. */
  private static final long PROBE_NANOS = 1_000_000_000L;
  /** What {@link #stepUnrecorded} did: ran a step that agreed, found no step to run, or ran one that did not agree. */
  private static final int RAN = 0;
  private static final int NONE = 1;
  private static final int UNUSUAL = 2;

  private final Machine<M, I, O> machine;
  private final Plan plan;
  private final PooledSource source;
  /** Where the arguments of each step are drawn from. */
  private final PlannedDraws draws;
  private final Counts counts;
  /** The operation index of the step {@link #next} drew last. */
  private int drawnIndex;
  /** The operation of each step run, by position (the position is the step's id); null until recorded. */
  private Object[] ops;
  /** The operation index of each step run, by position. */
  private int[] indices;
  /** How many steps ran. */
  private int ran;
  /** The model's and the implementation's result of each step that agreed: two per position. */
  private Object[] results;
  /** Whether the values of earlier steps are reused: what a try drawn again needs. */
  private final boolean reuse;
  /** Whether this try runs {@linkplain #runUnrecorded unrecorded}: a hang's steps must be drawn again. */
  private boolean unrecorded;
  /**
   * The largest value each operation returned in the steps that agreed, by operation index, kept
   * as the steps ran: {@code -1} while it did not run, {@code -2} once it returned anything but a
   * non-negative {@code Integer}. {@link #largestSizes} gives it for the operations measured.
   */
  private final int[] largest;
  /**
   * The event of each step that did not simply agree (it failed, or both sides threw), by position;
   * null until there is one.
   */
  private Event[] unusual;
  final Runner.Try origin;
  /** The try's setup, drawn first when it runs (or is drawn again); null until then. */
  private volatile Setup setup;
  /** What a redraw of this try does now: {@link Phase#DRAW} or {@link Phase#MODEL}. */
  private volatile Phase redrawing;
  /** When a step's drawing hung (a generator, a precondition): where, for the error; else null. */
  private volatile String drawHang;

  /**
   * @param origin which try this is; its length is the most steps it runs
   * @param counts where to count what ran and what preconditions refused; null not to count
   */
  Attempt(Machine<M, I, O> machine, Plan plan, Runner.Try origin, boolean reuse, Counts counts) {
    this.machine = machine;
    this.plan = plan;
    this.origin = origin;
    this.reuse = reuse;
    this.source = origin.source(plan, reuse);
    this.draws = new PlannedDraws(plan, source);
    this.counts = counts;
    this.largest = new int[machine.operations().size()];
    Arrays.fill(largest, -1);
  }

  /** Makes the arrays that record the steps, before the watchdog may read them. */
  private void recording() {
    int length = origin.length();
    ops = new Object[length];
    indices = new int[length];
    results = new Object[2 * length];
  }

  /** Draws the try's setup, before any step: the model factory and its arguments, timed as drawing. */
  private void drawSetup(Watch watch) {
    watch.at(0, Phase.DRAW);
    setup = plan.setup(source);
  }

  /** The try's setup, once it ran. */
  Setup setup() {
    return setup;
  }

  /** Runs up to the try's length of steps; the trace ends at the first failure. */
  Trace run(Watch watch) {
    recording();
    watch.begin(this);
    drawSetup(watch);
    Execution.Start<M, I, O> start = Execution.start(machine, plan, setup, watch);
    if (start instanceof Execution.ImplFailed<M, I, O> failed) {
      return checked(watch, Trace.of(failed));
    }
    Execution<M, I, O> execution = ((Execution.Started<M, I, O>) start).execution();
    int count = 0;
    try {
      for (int i = 0; i < ops.length; i++) {
        watch.checkAbandoned();
        execution.at(i, Phase.DRAW);
        O op = next(execution);
        if (op == null) {
          break;
        }
        ops[i] = op;
        indices[i] = drawnIndex;
        Event event = execution.runDrawn(op, drawnIndex, i, results, i);
        if (event == null) {
          measure(drawnIndex, UnrecordedStep.size(results[2 * i]));
        } else {
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
      execution.at(count, Phase.ENGINE);
      watch.checkAbandoned();
      Teardown teardown = execution.close(count);
      Trace trace = new Trace(true, null, new Recorded(count), teardown, null);
      return checked(watch, trace.failed() ? new Trace(true, null, events(count), teardown, null) : trace);
    } finally {
      execution.closeQuietly();
    }
  }

  /**
   * Runs the try as {@link #run} does, recording nothing, each step through the machine's {@link
   * Machine#runUnrecorded} where it has one: true when every step agreed and the try passed, with
   * {@link #ran} and {@link #largestSizes} as {@link #run} would leave them; false as soon as a
   * step did anything else (the sides disagreed or threw, an invariant failed, a close failed), and
   * then {@link #run} on a new attempt of the same try shows what.
   */
  boolean runUnrecorded(Watch watch) {
    unrecorded = true;
    watch.begin(this);
    drawSetup(watch);
    if (!(Execution.start(machine, plan, setup, watch) instanceof Execution.Started<M, I, O> started)) {
      return false;
    }
    Execution<M, I, O> execution = started.execution();
    Object[] pair = new Object[2];
    try {
      int count = 0;
      for (int length = origin.length(); count < length; count++) {
        watch.checkAbandoned();
        int outcome = stepUnrecorded(execution, count, pair);
        if (outcome == UNUSUAL) {
          return false;
        }
        if (outcome == NONE) {
          break;
        }
        if (counts != null) {
          counts.ran(drawnIndex);
        }
      }
      ran = count;
      execution.at(count, Phase.ENGINE);
      watch.checkAbandoned();
      Teardown teardown = execution.close(count);
      watch.checkAbandoned();
      return teardown == null || teardown.problem() == null;
    } finally {
      execution.closeQuietly();
    }
  }

  /** Draws and runs the step at {@code position} of an unrecorded try: {@link #RAN}, {@link #NONE} or {@link #UNUSUAL}. */
  private int stepUnrecorded(Execution<M, I, O> execution, int position, Object[] pair) {
    for (int draw = 0; draw < DRAWS_PER_STEP; draw++) {
      // one move of the watch for the whole step, its precondition included, not one per call: a
      // hang is charged to a side, or to drawing the step, later
      execution.at(position, Phase.STEP);
      int index = picked(execution);
      if (index < 0) {
        continue;
      }
      long result;
      try {
        result = machine.runUnrecorded(index, draws, execution.model, execution.impl);
      } catch (Exception | Error e) {
        return UNUSUAL;
      }
      if (result == UnrecordedStep.NOT_HERE) {
        O op = drawn(index, execution);
        if (op == null) {
          continue;
        }
        if (execution.runDrawn(op, index, position, pair, 0) != null) {
          return UNUSUAL;
        }
        result = UnrecordedStep.size(pair[0]);
      } else if (result == UnrecordedStep.REFUSED) {
        refused(index);
        continue;
      } else if (result == UnrecordedStep.DIFFERS) {
        return UNUSUAL;
      } else if (execution.brokenInvariant(position) >= 0) {
        return UNUSUAL;
      }
      drawnIndex = index;
      measure(index, result);
      return RAN;
    }
    return NONE;
  }

  /** Counts what operation {@code index} returned, {@code size} as {@link UnrecordedStep#size} gives it, in {@link #largest}. */
  private void measure(int index, long size) {
    if (largest[index] != -2) {
      largest[index] = size >= 0 ? Math.max(largest[index], (int) size) : -2;
    }
  }

  /** How many steps ran. */
  int ran() {
    return ran;
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
    int[] measured = largest.clone();
    for (int operation = 0; operation < measured.length; operation++) {
      if (!counts.measuring(operation)) {
        measured[operation] = -1;
      }
    }
    return measured;
  }

  /**
   * The steps of {@code trace}, a trace of this try: up to and including the last one run. Read from
   * its events, which for a call that hung in an unrecorded try were drawn again.
   */
  @SuppressWarnings("unchecked") // the events are of this machine's steps
  List<Step<O>> steps(Trace trace) {
    List<Step<O>> out = new ArrayList<>(trace.events().size());
    for (Event event : trace.events()) {
      out.add((Step<O>) event.step());
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
  public Trace hung(int position, Phase phase, Duration timeout, StackTraceElement[] stack) {
    if (phase == Phase.DRAW) {
      drawHang(position, timeout, stack);
    }
    Phase side = unrecorded && phase == Phase.STEP ? sideThatHangs(position, timeout) : phase;
    if (drawHang != null) {
      return new Trace(true, null, List.of(), null, Phase.DRAW);
    }
    if (unrecorded) {
      Attempt<M, I, O> again = new Attempt<>(machine, plan, origin, reuse, null);
      boolean building = side == Phase.BUILD_MODEL || side == Phase.BUILD_IMPL;
      boolean closing = side == Phase.CLOSE_MODEL || side == Phase.CLOSE_IMPL;
      again.redraw(building ? 0 : closing ? position : position + 1, building ? 0 : position);
      return again.hung(position, side, timeout, stack);
    }
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

  /**
   * Which call of the step at {@code position} hung in this unrecorded try: the model's, when the
   * model alone, drawn again up to that step on a worker of its own, does not return from it
   * within {@code timeout} (a second at least) either; {@link Phase#DRAW}, with {@link #drawHang}
   * set, when that redraw stands still drawing the step (a generator, a precondition); else the
   * implementation's.
   */
  private Phase sideThatHangs(int position, Duration timeout) {
    Attempt<M, I, O> probe = new Attempt<>(machine, plan, origin, reuse, null);
    Worker.Job job = Worker.start("modelof-" + machine.specType().getSimpleName(),
        () -> probe.redraw(position + 1, position + 1));
    try {
      // at least a second, so that a loaded machine does not make a slow redraw look like a hang
      if (job.await(Math.max(timeout.toNanos(), PROBE_NANOS))) {
        return Phase.IMPL;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Phase side = probe.redrawing == Phase.DRAW ? Phase.DRAW : Phase.MODEL;
    StackTraceElement[] stack = job.worker().getStackTrace();
    if (!job.abandon()) {
      return Phase.IMPL; // it returned just now
    }
    if (side == Phase.DRAW) {
      drawHang(position, timeout, stack);
    }
    return side;
  }

  /**
   * Where drawing the step at {@code position} hung, from its thread's {@code stack}: the top frame
   * outside the JDK (the generator's line), for {@link #drawHang()}.
   */
  private void drawHang(int position, Duration timeout, StackTraceElement[] stack) {
    String what = setup == null ? "drawing the setup (a generator of the model factory's parameters)"
        : "drawing step " + (position + 1) + " (a generator, a precondition or a @FromModel method)";
    drawHang = what + " did not return within " + SettingsText.formatDuration(timeout) + Execution.at(stack);
  }

  /** How drawing a step hung, when it did: an error of the spec, not a failure to report; else null. */
  String drawHang() {
    return drawHang;
  }

  /**
   * Draws the first {@code count} steps of this try again and runs the first {@code applied} of
   * them on the model alone, as a try that ran unrecorded ran them before it hung: each of those
   * agreed, so the model's results stand for both sides'. The draws depend on the model's state,
   * never on the implementation's.
   */
  private void redraw(int count, int applied) {
    recording();
    setup = plan.setup(source);
    if (count == 0) {
      return;
    }
    Execution<M, I, O> execution = Execution.modelAlone(machine, plan, setup);
    try {
      for (int i = 0; i < count && i < ops.length; i++) {
        redrawing = Phase.DRAW;
        O op = next(execution);
        if (op == null) {
          return;
        }
        ops[i] = op;
        indices[i] = drawnIndex;
        ran = i + 1;
        if (i < applied) {
          redrawing = Phase.MODEL;
          execution.applyToModelAlone(op, drawnIndex, i, results);
        }
      }
    } finally {
      execution.closeQuietly();
    }
  }

  /** Draws an operation whose precondition holds, with its arguments; null when none can be found. */
  private O next(Execution<M, I, O> execution) {
    for (int draw = 0; draw < DRAWS_PER_STEP; draw++) {
      int index = picked(execution);
      if (index < 0) {
        continue;
      }
      O op = drawn(index, execution);
      if (op != null) {
        drawnIndex = index;
        return op;
      }
    }
    return null;
  }

  /**
   * An operation picked by weight whose precondition on the model holds, its arguments ready to be
   * drawn; -1, counted, when its precondition refuses it.
   */
  private int picked(Execution<M, I, O> execution) {
    int index = plan.pick(source);
    if (!machine.enabled(index, execution.model)) {
      refused(index);
      return -1;
    }
    draws.begin(index, execution);
    return index;
  }

  /**
   * The operation {@code index} with the arguments drawn for it, whose arguments precondition
   * holds; null, counted, when it cannot run now.
   */
  private O drawn(int index, Execution<M, I, O> execution) {
    O op = machine.draw(index, draws);
    if (!draws.complete()) {
      if (counts != null && draws.lackedModelValue()) {
        counts.refused(index);
      } else if (counts != null) {
        counts.noHandle(index);
      }
      return null;
    }
    if (machine.accepts(op, execution.model, execution.refs)) {
      return op;
    }
    refused(index);
    return null;
  }

  private void refused(int index) {
    if (counts != null) {
      counts.refused(index);
    }
  }
}

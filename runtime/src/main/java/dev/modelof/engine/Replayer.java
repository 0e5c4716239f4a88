package dev.modelof.engine;

import dev.modelof.Setup;
import dev.modelof.internal.Machine;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a fixed setup and sequence on a new model and implementation. Sequences already known to
 * hang are answered from memory rather than run again.
 */
final class Replayer<M, I, O> {
  private final Machine<M, I, O> machine;
  private final Plan plan;
  private final Map<List<Object>, Trace> hung;
  private Watch watch = new Watch();
  private int replays;
  /** The replays already spent on this failure when this replayer was made. */
  private final int restartedAfter;

  Replayer(Machine<M, I, O> machine) {
    this(machine, new Plan(machine), new ConcurrentHashMap<>(), 0);
  }

  /**
   * @param plan what the steps need of the machine, worked out once
   * @param hung traces of sequences known to hang, by {@link #key}
   * @param replays how many replays were already spent on this failure
   */
  Replayer(Machine<M, I, O> machine, Plan plan, Map<List<Object>, Trace> hung, int replays) {
    this.machine = machine;
    this.plan = plan;
    this.hung = hung;
    this.replays = replays;
    this.restartedAfter = replays;
  }

  /** Reports to {@code next} from now on. */
  void watchedBy(Watch next) {
    this.watch = next;
  }

  /** Replays {@code steps}, stopping at the first that fails or cannot run. */
  Trace replay(Setup setup, List<Step<O>> steps) {
    replays++;
    Trace known = hung.isEmpty() ? null : hung.get(key(setup, steps));
    if (known != null) {
      return known;
    }
    Replay replay = new Replay(setup, steps);
    watch.begin(replay);
    Execution.Start<M, I, O> start = Execution.start(machine, plan, setup, watch);
    if (start instanceof Execution.ImplFailed<M, I, O> failed) {
      return checked(Trace.of(failed));
    }
    Execution<M, I, O> execution = ((Execution.Started<M, I, O>) start).execution();
    try {
      Event[] events = replay.events;
      for (int i = 0; i < events.length; i++) {
        watch.checkAbandoned();
        Event event = execution.run(steps.get(i), i);
        if (event == null) {
          return checked(new Trace(false, null, Trace.first(events, i)));
        }
        events[i] = event;
        if (event.problem() != null) {
          return checked(new Trace(true, null, Trace.first(events, i + 1)));
        }
      }
      watch.checkAbandoned();
      Teardown teardown = execution.close(events.length);
      return checked(new Trace(true, null, List.of(events), teardown, null));
    } finally {
      execution.closeQuietly();
    }
  }

  /**
   * {@code trace}, unless the watchdog gave up on this worker meanwhile: what a call returned after
   * it was interrupted must not count, nor reach the shrinker.
   */
  private Trace checked(Trace trace) {
    watch.checkAbandoned();
    return trace;
  }

  /** Runs a new random try, counted as a replay: a search the shrinker makes for another setup. */
  Trace run(Attempt<M, I, O> attempt) {
    replays++;
    return attempt.run(watch);
  }

  /**
   * Whether this replayer continues the shrinking of a failure after a replay hung: then replays
   * were already spent on it ({@code Runner} starts a new replayer only after a hang).
   */
  boolean restarted() {
    return restartedAfter > 0;
  }

  /** How many sequences were replayed so far. */
  int replays() {
    return replays;
  }

  /** What identifies a sequence among those known to hang. */
  static List<Object> key(Setup setup, List<? extends Step<?>> steps) {
    return List.of(setup, List.copyOf(steps));
  }

  /** One replay, as the watchdog sees it. */
  private final class Replay implements Watch.Job {
    final Setup setup;
    final Step<?>[] steps;
    final Event[] events;

    Replay(Setup setup, List<Step<O>> steps) {
      this.setup = setup;
      this.steps = steps.toArray(new Step<?>[0]);
      this.events = new Event[steps.size()];
    }

    @Override
    public Trace hung(int position, Phase phase, Duration timeout, StackTraceElement[] stack) {
      Trace trace = Attempt.hungTrace(machine, steps, events, position, phase, timeout);
      try {
        hung.put(key(setup, Arrays.asList(steps)), trace);
      } catch (RuntimeException e) {
        // a value whose hashCode or equals throws: this replay is not answered from memory again
      }
      return trace;
    }
  }
}

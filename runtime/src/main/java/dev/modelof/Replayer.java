package dev.modelof;

import java.util.ArrayList;
import java.util.List;

/** Runs a fixed setup and sequence on a new model and implementation. */
final class Replayer<M, I, O> {
  private final Machine<M, I, O> machine;
  private int replays;

  Replayer(Machine<M, I, O> machine) {
    this.machine = machine;
  }

  /** Replays {@code steps}, stopping at the first that fails or cannot run. */
  Trace replay(Setup setup, List<Step<O>> steps) {
    replays++;
    String[] problem = new String[1];
    Execution<M, I, O> execution = Execution.start(machine, setup, problem);
    if (execution == null) {
      return new Trace(true, problem[0], List.of());
    }
    List<Event> events = new ArrayList<>(steps.size());
    for (Step<O> step : steps) {
      Event event = execution.run(step);
      if (event == null) {
        return new Trace(false, null, events);
      }
      events.add(event);
      if (event.problem() != null) {
        break;
      }
    }
    return new Trace(true, null, events);
  }

  /** How many sequences were replayed so far. */
  int replays() {
    return replays;
  }
}

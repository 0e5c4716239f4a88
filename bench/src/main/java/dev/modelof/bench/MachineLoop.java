package dev.modelof.bench;

import dev.modelof.Machine;
import dev.modelof.Operation;
import dev.modelof.Refs;
import dev.modelof.RunnerDraws;
import dev.modelof.Setup;

/**
 * A layer of a run for {@code Layers}: the runner's draws and the generated machine's calls through
 * the {@link Machine} interface, as the engine makes them (precondition, arguments, both sides,
 * comparison), every operation and result kept, each operation counted; no watchdog, events or
 * exception handling. For machines whose operations take no handles.
 */
public final class MachineLoop {
  /** What each try kept, published so that the compiler cannot leave it out. */
  static volatile Object kept;

  private MachineLoop() {}

  /**
   * Runs {@code tries} sequences as the runner's search would, counting each operation in {@code
   * ran}; returns the number of steps.
   */
  public static <M, I, O> long run(Machine<M, I, O> machine, long seed, int tries, int steps, long[] ran)
      throws Exception {
    RunnerDraws runner = new RunnerDraws(machine, seed);
    Operation.Result[] kinds = machine.operations().stream().map(Operation::result).toArray(Operation.Result[]::new);
    long stepsRun = 0;
    for (int t = 0; t < tries; t++) {
      Setup setup = runner.start(t + 1, HandDraws.size(t, tries));
      M model = machine.newModel(setup);
      I impl = machine.newImpl(setup);
      Refs refs = new Refs();
      int length = HandDraws.length(t, tries, steps);
      Object[] ops = new Object[length];
      Object[] results = new Object[2 * length];
      for (int i = 0; i < length; i++) {
        int index = runner.pick();
        if (!machine.enabled(index, model)) {
          throw new IllegalStateException("MachineLoop is for machines whose operations can always run");
        }
        ran[index]++;
        O op = machine.draw(index, runner.draws(index));
        if (!machine.accepts(op, model, refs)) {
          throw new IllegalStateException("MachineLoop is for machines whose operations can always run");
        }
        Object expected = machine.applyToModel(op, model, refs);
        Object actual = machine.applyToImpl(op, impl, refs);
        if (kinds[index] == Operation.Result.VALUE && !machine.sameResult(op, expected, actual)) {
          throw new AssertionError("step " + i + " of try " + t + " differs");
        }
        ops[i] = op;
        results[2 * i] = expected;
        results[2 * i + 1] = actual;
      }
      kept = results;
      stepsRun += length;
    }
    return stepsRun;
  }
}

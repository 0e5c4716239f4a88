package dev.modelof.bench;

import dev.modelof.Handle;
import dev.modelof.Setup;
import dev.modelof.engine.RunnerDraws;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.Refs;
import dev.modelof.internal.ResultKind;

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

  /** The handles of a machine whose operations take none. */
  private static final Refs NO_HANDLES = new Refs() {
    @Override
    public <T> T model(Handle<T> handle) {
      throw new IllegalStateException("MachineLoop is for machines whose operations take no handles");
    }

    @Override
    public <T> T impl(Handle<T> handle) {
      throw new IllegalStateException("MachineLoop is for machines whose operations take no handles");
    }
  };

  /**
   * Runs {@code tries} sequences as the runner's search would, counting each operation in {@code
   * ran}; returns the number of steps.
   */
  public static <M, I, O> long run(Machine<M, I, O> machine, long seed, int tries, int steps, long[] ran)
      throws Exception {
    RunnerDraws runner = new RunnerDraws(machine, seed);
    Refs refs = NO_HANDLES;
    ResultKind[] kinds = machine.operations().stream().map(OperationInfo::resultKind).toArray(ResultKind[]::new);
    long stepsRun = 0;
    for (int t = 0; t < tries; t++) {
      Setup setup = runner.start(t + 1, HandDraws.size(t, tries));
      M model = machine.newModel(setup);
      I impl = machine.newImpl(setup);
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
        if (kinds[index] == ResultKind.VALUE && !machine.sameResult(op, expected, actual)) {
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

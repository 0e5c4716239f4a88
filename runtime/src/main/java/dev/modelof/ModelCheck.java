package dev.modelof;

import java.util.ArrayList;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a generated machine: tries random sequences against the model, shrinks the first failure
 * and reports it with a regression test. Generated {@code <Spec>ModelTest}s call {@link #run}.
 */
public final class ModelCheck {
  private ModelCheck() {}

  /**
   * Runs {@code machine} with its declared settings and the {@code modelof.*} system properties,
   * remembering a failure for the next run, and prints what the run did. Throws an {@link
   * AssertionError} carrying the report when the implementation and the model disagree, and one
   * saying what was never exercised when every try passed but an operation never ran.
   */
  public static void run(Machine<?, ?, ?> machine) {
    Result result = check(machine, machine.declared().withSystemProperties());
    if (result.statistics() != null) {
      System.out.print(result.statistics().table());
    }
    if (!result.passed()) {
      throw new AssertionFailedError(result.failure().report());
    }
    List<String> problems = result.statistics() == null ? List.of() : result.statistics().problems();
    if (!problems.isEmpty()) {
      throw new AssertionFailedError(healthReport(machine, problems));
    }
  }

  static String healthReport(Machine<?, ?, ?> machine, List<String> problems) {
    return Execution.simpleName(machine.specType()) + ": every try passed, but the run tested less than it seems:\n  "
        + String.join("\n  ", problems) + "\n";
  }

  /** Runs {@code machine} with exactly {@code settings}; the result holds the failure, if any. */
  public static <M, I, O> Result check(Machine<M, I, O> machine, Settings settings) {
    return new Runner<>(machine, settings).check();
  }

  /** Replays {@code operations} from {@code setup}: true when the implementation and model disagree. */
  public static <M, I, O> boolean fails(Machine<M, I, O> machine, Setup setup, List<O> operations) {
    List<Step<O>> steps = new ArrayList<>();
    for (O op : operations) {
      steps.add(new Step<>(steps.size(), op));
    }
    return new Replayer<>(machine).replay(setup, steps).failed();
  }
}

package dev.modelof.bench;

import dev.modelof.Failure;
import dev.modelof.Gen;
import dev.modelof.ModelCheck;
import dev.modelof.Setup;
import dev.modelof.internal.Machine;
import dev.modelof.internal.ParameterInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a shrunk failure is 1-minimal: it fails, and no single change the shrinker knows of
 * keeps it failing: dropping one step, or replacing one setup value or one argument by one of its
 * generator's {@code shrink} candidates.
 */
public final class OneMinimal {
  private OneMinimal() {}

  /** Null when {@code failure} is 1-minimal; otherwise the change that still fails. */
  public static String check(Machine<?, ?, ?> machine, Failure<?> failure) {
    return checkTyped(machine, failure);
  }

  @SuppressWarnings("unchecked") // a failure's operations are its machine's records; values come from their generators
  private static <M, I, O> String checkTyped(Machine<M, I, O> machine, Failure<?> failure) {
    List<O> ops = (List<O>) failure.operations();
    Setup setup = failure.setup();
    if (!ModelCheck.of(machine).fails(setup, ops)) {
      return "the shrunk sequence does not fail";
    }
    for (int i = 0; i < ops.size(); i++) {
      List<O> fewer = new ArrayList<>(ops);
      fewer.remove(i);
      if (ModelCheck.of(machine).fails(setup, fewer)) {
        return "still fails without step " + (i + 1);
      }
    }
    List<ParameterInfo> setupParams = machine.setups().get(setup.index()).parameters();
    for (int arg = 0; arg < setupParams.size(); arg++) {
      for (Object smaller : ((Gen<Object>) setupParams.get(arg).gen()).shrink(setup.args().get(arg))) {
        if (ModelCheck.of(machine).fails(setup.with(arg, smaller), ops)) {
          return "still fails with setup value " + smaller;
        }
      }
    }
    for (int i = 0; i < ops.size(); i++) {
      int index = machine.indexOf(ops.get(i));
      List<ParameterInfo> params = machine.operations().get(index).parameters();
      List<Object> args = machine.argumentsOf(ops.get(i));
      for (int arg = 0; arg < args.size(); arg++) {
        if (params.get(arg).isHandle()) {
          continue;
        }
        for (Object smaller : ((Gen<Object>) params.get(arg).gen()).shrink(args.get(arg))) {
          List<Object> changed = new ArrayList<>(args);
          changed.set(arg, smaller);
          List<O> candidate = new ArrayList<>(ops);
          candidate.set(i, machine.operation(index, changed));
          if (ModelCheck.of(machine).fails(setup, candidate)) {
            return "still fails with " + smaller + " as argument " + (arg + 1) + " of step " + (i + 1);
          }
        }
      }
    }
    return null;
  }
}

package dev.modelof.engine;

import dev.modelof.Gen;
import dev.modelof.Gens;
import dev.modelof.Setup;
import dev.modelof.Source;
import dev.modelof.engine.generation.BasicGens;
import dev.modelof.internal.InvariantInfo;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.ParameterInfo;
import dev.modelof.internal.ResultComparison;
import dev.modelof.internal.ResultKind;
import dev.modelof.internal.SetupInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run's tries and replays need of its machine, worked out once per run rather than on every
 * step: the operations' weights, results and handle parameters, the invariants, and for every
 * parameter the {@link Source} pools its values go to, by number. A try then finds a parameter's
 * pools in an array instead of a hash map.
 */
final class Plan {
  /** The parameters of each operation, by operation index. */
  final Slot[][] operations;
  /** The parameters of each setup's model factory, by setup index. */
  final Slot[][] setups;
  final int[] weights;
  final int totalWeight;
  /**
   * The operation of each roll below {@link #totalWeight}, where the weights add up to at most
   * {@value #ROLLS}: a pick is then one array read, the same operation as subtracting the weights.
   */
  private final int[] byRoll;
  private static final int ROLLS = 1024;
  /** What each operation returns, by operation index. */
  final ResultKind[] results;
  /**
   * Whether one object returned by both sides is sure to agree with itself, by operation index:
   * results compared by {@code equals} or by their elements, not by a method of the spec's own.
   */
  final boolean[] identityAgrees;
  /** Whether each operation takes a handle, by operation index. */
  final boolean[] takesHandles;
  /** Whether each operation has a parameter that only takes the model's values ({@code @FromModel}), by index. */
  final boolean[] onlyModelValues;
  final List<InvariantInfo> invariants;
  /** The number of each generator's pool, and of each pair of a generator and a parameter name. */
  final Map<Gen<?>, Integer> genSlots;
  final Map<List<Object>, Integer> nameSlots;

  /**
   * One parameter, with the number of its generator's pool and of its name's pool within it (-1
   * for a handle, which is not drawn from a generator, and for a parameter without a name). {@code
   * as} is the name, null when empty; {@code ints} the generator when it is {@link Gens#ints} and
   * the parameter not fresh: drawn without boxing.
   */
  record Slot(ParameterInfo param, int gen, int name, String as, BasicGens.Ints ints) {}

  Plan(Machine<?, ?, ?> machine) {
    Map<Gen<?>, Integer> gens = new HashMap<>();
    Map<List<Object>, Integer> names = new HashMap<>();
    List<OperationInfo> ops = machine.operations();
    this.operations = new Slot[ops.size()][];
    this.weights = new int[ops.size()];
    this.results = new ResultKind[ops.size()];
    this.takesHandles = new boolean[ops.size()];
    this.identityAgrees = new boolean[ops.size()];
    this.onlyModelValues = new boolean[ops.size()];
    int total = 0;
    for (int i = 0; i < ops.size(); i++) {
      operations[i] = slots(ops.get(i).parameters(), gens, names);
      weights[i] = ops.get(i).weight();
      total += weights[i];
      results[i] = ops.get(i).resultKind();
      identityAgrees[i] = ops.get(i).comparison() != ResultComparison.SPEC_METHOD;
      takesHandles[i] = ops.get(i).parameters().stream().anyMatch(ParameterInfo::isHandle);
      onlyModelValues[i] = ops.get(i).parameters().stream().anyMatch(p -> p.fromModel() != null && p.fromModel().only());
    }
    this.invariants = machine.invariants();
    List<SetupInfo> setupList = machine.setups();
    this.setups = new Slot[setupList.size()][];
    for (int i = 0; i < setupList.size(); i++) {
      setups[i] = slots(setupList.get(i).parameters(), gens, names);
    }
    this.totalWeight = total;
    if (total > 0 && total <= ROLLS) {
      this.byRoll = new int[total];
      for (int i = 0, roll = 0; i < weights.length; i++) {
        for (int w = 0; w < weights[i]; w++) {
          byRoll[roll++] = i;
        }
      }
    } else {
      this.byRoll = null;
    }
    this.genSlots = Map.copyOf(gens);
    this.nameSlots = Map.copyOf(names);
  }

  private static Slot[] slots(List<ParameterInfo> params, Map<Gen<?>, Integer> gens, Map<List<Object>, Integer> names) {
    List<Slot> out = new ArrayList<>(params.size());
    for (ParameterInfo param : params) {
      if (param.isHandle()) {
        out.add(new Slot(param, -1, -1, null, null));
        continue;
      }
      int gen = gens.computeIfAbsent(param.gen(), g -> gens.size());
      String as = param.name().isEmpty() ? null : param.name();
      int name = as == null ? -1 : names.computeIfAbsent(List.of(param.gen(), as), n -> names.size());
      BasicGens.Ints ints =
          param.gen() instanceof BasicGens.Ints i && !param.fresh() && param.fromModel() == null ? i : null;
      out.add(new Slot(param, gen, name, as, ints));
    }
    return out.toArray(new Slot[0]);
  }

  /** A source for one try whose draws use this plan's numbers. */
  PooledSource source(long seed, int size, boolean reuse) {
    return new PooledSource(seed, size, reuse, this);
  }

  /** Draws a try's setup: a model factory, and its arguments. */
  Setup setup(PooledSource source) {
    int index = source.nextInt(setups.length);
    source.drawingFor(-1);
    List<Object> args = new ArrayList<>();
    for (Slot slot : setups[index]) {
      args.add(draw(source, slot));
    }
    return new Setup(index, args);
  }

  /** Draws an operation's index by the operations' weights. */
  int pick(PooledSource source) {
    int roll = source.nextInt(totalWeight);
    if (byRoll != null) {
      return byRoll[roll];
    }
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    throw new IllegalStateException("weights must be positive");
  }

  /**
   * Whether each argument of operation {@code index} that may only be one of the model's values
   * ({@code @FromModel} at 100 percent) is one of them in {@code model}'s present state.
   */
  boolean holdsModelValues(int index, List<Object> args, Object model) {
    Slot[] slots = operations[index];
    for (int i = 0; i < slots.length; i++) {
      ParameterInfo.ModelValues from = slots[i].param().fromModel();
      if (from != null && from.only() && !from.values().apply(model).contains(args.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Draws the value of one generated (not handle) parameter; what its generator throws comes as a {@link GeneratorFailed}. */
  Object draw(PooledSource source, Slot slot) {
    ParameterInfo param = slot.param();
    try {
      return param.fresh() ? source.fresh(param.gen(), slot.as(), slot.gen(), slot.name())
          : source.draw(param.gen(), slot.as(), slot.gen(), slot.name());
    } catch (RuntimeException | StackOverflowError e) {
      throw new GeneratorFailed(param, e);
    }
  }

  /** A generator threw while drawing a parameter: a mistake of the spec's, reported as such, not a failure. */
  static final class GeneratorFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GeneratorFailed(ParameterInfo param, Throwable cause) {
      super(describe(param, cause), cause, false, false);
    }

    private static String describe(ParameterInfo param, Throwable cause) {
      return "a generator threw " + Execution.describe(cause) + Execution.at(cause.getStackTrace())
          + (param.name().isEmpty() ? "" : ", drawing the argument " + param.name());
    }
  }
}

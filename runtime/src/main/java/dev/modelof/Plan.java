package dev.modelof;

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
  /** The parameters of each model factory, by factory index. */
  final Slot[][] factories;
  final int[] weights;
  final int totalWeight;
  /** What each operation returns, by operation index. */
  final Operation.Result[] results;
  /** Whether each operation takes a handle, by operation index. */
  final boolean[] takesHandles;
  final List<Check> invariants;
  /** The number of each generator's pool, and of each pair of a generator and a parameter name. */
  final Map<Gen<?>, Integer> genSlots;
  final Map<List<Object>, Integer> nameSlots;

  /**
   * One parameter, with the number of its generator's pool and of its name's pool within it (-1
   * for a handle, which is not drawn from a generator, and for a parameter without a name). {@code
   * as} is the name, null when empty; {@code ints} the generator when it is {@link Gens#ints} and
   * the parameter not fresh: drawn without boxing.
   */
  record Slot(Param param, int gen, int name, String as, Gens.Ints ints) {}

  Plan(Machine<?, ?, ?> machine) {
    Map<Gen<?>, Integer> gens = new HashMap<>();
    Map<List<Object>, Integer> names = new HashMap<>();
    List<Operation> ops = machine.operations();
    this.operations = new Slot[ops.size()][];
    this.weights = new int[ops.size()];
    this.results = new Operation.Result[ops.size()];
    this.takesHandles = new boolean[ops.size()];
    int total = 0;
    for (int i = 0; i < ops.size(); i++) {
      operations[i] = slots(ops.get(i).params(), gens, names);
      weights[i] = ops.get(i).weight();
      total += weights[i];
      results[i] = ops.get(i).result();
      takesHandles[i] = ops.get(i).params().stream().anyMatch(Param::isHandle);
    }
    this.invariants = machine.invariants();
    List<Factory> factoryList = machine.factories();
    this.factories = new Slot[factoryList.size()][];
    for (int i = 0; i < factoryList.size(); i++) {
      factories[i] = slots(factoryList.get(i).params(), gens, names);
    }
    this.totalWeight = total;
    this.genSlots = Map.copyOf(gens);
    this.nameSlots = Map.copyOf(names);
  }

  private static Slot[] slots(List<Param> params, Map<Gen<?>, Integer> gens, Map<List<Object>, Integer> names) {
    List<Slot> out = new ArrayList<>(params.size());
    for (Param param : params) {
      if (param.isHandle()) {
        out.add(new Slot(param, -1, -1, null, null));
        continue;
      }
      int gen = gens.computeIfAbsent(param.gen(), g -> gens.size());
      String as = param.name().isEmpty() ? null : param.name();
      int name = as == null ? -1 : names.computeIfAbsent(List.of(param.gen(), as), n -> names.size());
      Gens.Ints ints = param.gen() instanceof Gens.Ints i && !param.fresh() ? i : null;
      out.add(new Slot(param, gen, name, as, ints));
    }
    return out.toArray(new Slot[0]);
  }

  /** A source for one try whose draws use this plan's numbers. */
  Source source(long seed, int size, boolean reuse) {
    return new Source(seed, size, reuse, this);
  }

  /** Draws a try's setup: a model factory, and its arguments. */
  Setup setup(Source source) {
    int factory = source.nextInt(factories.length);
    source.drawingFor(-1);
    List<Object> args = new ArrayList<>();
    for (Slot slot : factories[factory]) {
      args.add(draw(source, slot));
    }
    return new Setup(factory, args);
  }

  /** Draws an operation's index by the operations' weights. */
  int pick(Source source) {
    int roll = source.nextInt(totalWeight);
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    throw new IllegalStateException("weights must be positive");
  }

  /** Draws the value of one generated (not handle) parameter. */
  Object draw(Source source, Slot slot) {
    Param param = slot.param();
    return param.fresh() ? source.fresh(param.gen(), slot.as(), slot.gen(), slot.name())
        : source.draw(param.gen(), slot.as(), slot.gen(), slot.name());
  }
}

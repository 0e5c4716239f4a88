package dev.modelof;

import java.util.ArrayList;
import java.util.List;

/** One try: draws a setup, then draws and runs steps until one fails or the length is reached. */
final class Attempt<M, I, O> {
  /** Draws per step before concluding that no operation can run. */
  private static final int DRAWS_PER_STEP = 50;

  private final Machine<M, I, O> machine;
  private final Source source;
  private final List<Operation> operations;
  private final int totalWeight;
  final Setup setup;
  final List<Step<O>> steps = new ArrayList<>();

  Attempt(Machine<M, I, O> machine, Source source) {
    this.machine = machine;
    this.source = source;
    this.operations = machine.operations();
    this.totalWeight = operations.stream().mapToInt(Operation::weight).sum();
    List<Factory> factories = machine.factories();
    int factory = source.nextInt(factories.size());
    List<Object> args = new ArrayList<>();
    for (Param param : factories.get(factory).params()) {
      args.add(param.fresh() ? source.fresh(param.gen(), param.name()) : source.draw(param.gen(), param.name()));
    }
    this.setup = new Setup(factory, args);
  }

  /** Runs up to {@code length} steps; the trace ends at the first failure. */
  Trace run(int length) {
    String[] problem = new String[1];
    Execution<M, I, O> execution = Execution.start(machine, setup, problem);
    if (execution == null) {
      return new Trace(true, problem[0], List.of());
    }
    List<Event> events = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      Step<O> step = next(execution, i);
      if (step == null) {
        break;
      }
      steps.add(step);
      Event event = execution.run(step);
      if (event == null) {
        throw new IllegalStateException("a drawn step could not run: " + step);
      }
      events.add(event);
      if (event.problem() != null) {
        break;
      }
    }
    return new Trace(true, null, events);
  }

  /** Draws an operation whose precondition holds, with its arguments; null when none can be found. */
  private Step<O> next(Execution<M, I, O> execution, int id) {
    for (int draw = 0; draw < DRAWS_PER_STEP; draw++) {
      int index = pick();
      if (!machine.enabled(index, execution.model)) {
        continue;
      }
      List<Param> params = operations.get(index).params();
      List<Object> args = new ArrayList<>(params.size());
      for (Param param : params) {
        Object arg = param.isHandle() ? handle(execution, param.refType())
            : param.fresh() ? source.fresh(param.gen(), param.name()) : source.draw(param.gen(), param.name());
        if (arg == null && param.isHandle()) {
          break;
        }
        args.add(arg);
      }
      if (args.size() < params.size()) {
        continue;
      }
      O op = machine.operation(index, args);
      if (machine.accepts(op, execution.model, execution.refs)) {
        return new Step<>(id, op);
      }
    }
    return null;
  }

  private int pick() {
    int roll = source.nextInt(totalWeight);
    for (int i = 0; i < operations.size(); i++) {
      roll -= operations.get(i).weight();
      if (roll < 0) {
        return i;
      }
    }
    throw new IllegalStateException("weights must be positive");
  }

  /** One of the handles of {@code type} made so far, or null when there is none. */
  private Handle<?> handle(Execution<M, I, O> execution, String type) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < execution.handleSteps.size(); i++) {
      if (execution.handleTypes.get(i).equals(type)) {
        candidates.add(execution.handleSteps.get(i));
      }
    }
    return candidates.isEmpty() ? null : new Handle<>(source.pick(candidates));
  }
}

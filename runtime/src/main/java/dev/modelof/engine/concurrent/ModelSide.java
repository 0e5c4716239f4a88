package dev.modelof.engine.concurrent;

import dev.modelof.Handle;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.ParameterInfo;
import dev.modelof.internal.ResultKind;
import java.util.List;

/**
 * What the check asks of the machine's model side: a model replayed through a prefix, calls with
 * their outcome (a result, or {@link Thrown}), preconditions, and whether an implementation's
 * outcome agrees with the model's. Counts model calls, which the checker's budget is measured in.
 */
final class ModelSide<M, I, O> {
  final Machine<M, I, O> machine;
  private final ResultKind[] kinds;
  private final boolean[] takesHandles;
  /** Whether an operation has a parameter whose every value must be one the model holds ({@code @FromModel}). */
  private final boolean[] fromModelOnly;
  /** Operations that may run in a thread: atomic, and no {@code @Ref}. */
  final boolean[] parallel;
  long modelCalls;

  ModelSide(Machine<M, I, O> machine) {
    this.machine = machine;
    List<OperationInfo> ops = machine.operations();
    this.kinds = new ResultKind[ops.size()];
    this.takesHandles = new boolean[ops.size()];
    this.parallel = new boolean[ops.size()];
    this.fromModelOnly = new boolean[ops.size()];
    for (int i = 0; i < ops.size(); i++) {
      kinds[i] = ops.get(i).resultKind();
      takesHandles[i] = ops.get(i).parameters().stream().anyMatch(ParameterInfo::isHandle);
      parallel[i] = machine.atomic(i) && kinds[i] != ResultKind.REF;
      fromModelOnly[i] = ops.get(i).parameters().stream().anyMatch(p -> p.fromModel() != null && p.fromModel().only());
    }
  }

  /** A model after {@code prefix}: its handles, and each prefix call's outcome. */
  static final class Replay<M> {
    final M model;
    final ScenarioRefs refs = new ScenarioRefs();
    final Object[] prefixOutcomes;

    Replay(M model, int prefixLength) {
      this.model = model;
      this.prefixOutcomes = new Object[prefixLength];
    }
  }

  /**
   * A new model with {@code scenario}'s prefix applied; with {@code checked}, null when a prefix
   * call is not allowed where it stands (a precondition, or a handle never made).
   */
  Replay<M> replay(Scenario<O> scenario, boolean checked) {
    Replay<M> replay = new Replay<>(newModel(scenario), scenario.prefix().size());
    for (int i = 0; i < scenario.prefix().size(); i++) {
      Call<O> call = scenario.prefix().get(i);
      if (checked && !allowed(call.op(), replay.model, replay.refs)) {
        return null;
      }
      replay.prefixOutcomes[i] = apply(call, replay.model, replay.refs);
    }
    return replay;
  }

  M newModel(Scenario<O> scenario) {
    try {
      return machine.newModel(scenario.setup());
    } catch (Exception e) {
      throw new IllegalStateException("The model factory of " + machine.specType().getSimpleName()
          + " threw; a model must not fail to build", e);
    }
  }

  /** Calls {@code call} on the model: its result, or {@link Thrown}; a handle it makes is kept. */
  Object apply(Call<O> call, M model, ScenarioRefs refs) {
    modelCalls++;
    Object outcome;
    try {
      outcome = machine.applyToModel(call.op(), model, refs);
    } catch (Exception | Error e) {
      if (e instanceof VirtualMachineError fatal && !(e instanceof StackOverflowError)) {
        throw fatal;
      }
      return new Thrown(e);
    }
    if (kind(call.op()) == ResultKind.REF) {
      refs.put(call.id(), outcome);
    }
    return outcome;
  }

  /** Whether {@code op} may run on {@code model}: its handles exist and its precondition holds. */
  boolean allowed(O op, M model, ScenarioRefs refs) {
    int index = machine.indexOf(op);
    if (takesHandles[index]) {
      for (Object arg : machine.argumentsOf(op)) {
        if (arg instanceof Handle<?> handle && !refs.has(handle.step())) {
          return false;
        }
      }
    }
    if (!machine.enabled(index, model) || !machine.accepts(op, model, refs)) {
      return false;
    }
    if (fromModelOnly[index]) {
      List<ParameterInfo> params = machine.operations().get(index).parameters();
      List<Object> args = machine.argumentsOf(op);
      for (int i = 0; i < params.size(); i++) {
        ParameterInfo.ModelValues from = params.get(i).fromModel();
        if (from != null && from.only() && !from.values().apply(model).contains(args.get(i))) {
          return false;
        }
      }
    }
    return true;
  }

  ResultKind kind(O op) {
    return kinds[machine.indexOf(op)];
  }

  /**
   * Whether the implementation's outcome agrees with the model's: the same exception (an instance
   * of the model's class), or for a value the same result as the operation compares it. A
   * comparison of the spec's that throws does not agree, as in a sequential run.
   */
  boolean agrees(O op, Object model, Object impl) {
    if (model instanceof Thrown thrown) {
      return impl instanceof Thrown other && thrown.error().getClass().isInstance(other.error());
    }
    if (impl instanceof Thrown) {
      return false;
    }
    try {
      return kind(op) != ResultKind.VALUE || machine.sameResult(op, model, impl);
    } catch (RuntimeException | AssertionError e) {
      return false;
    }
  }
}

package dev.modelof;

import java.util.ArrayList;
import java.util.List;

/** One model and one implementation built from a setup, and the steps run on them so far. */
final class Execution<M, I, O> {
  private final Machine<M, I, O> machine;
  private final List<Operation> operations;
  private final boolean[] takesHandles;
  final M model;
  final I impl;
  final Refs refs = new Refs();
  /** For each handle made so far: the step id and the canonical name of its type. */
  final List<Integer> handleSteps = new ArrayList<>();
  final List<String> handleTypes = new ArrayList<>();

  private Execution(Machine<M, I, O> machine, M model, I impl) {
    this.machine = machine;
    this.operations = machine.operations();
    this.takesHandles = new boolean[operations.size()];
    for (int i = 0; i < takesHandles.length; i++) {
      takesHandles[i] = operations.get(i).params().stream().anyMatch(Param::isHandle);
    }
    this.model = model;
    this.impl = impl;
  }

  /**
   * Builds model and implementation. A model factory that throws is a mistake in the spec and is
   * rethrown; an implementation that throws where the model did not is reported as {@code problem}.
   */
  static <M, I, O> Execution<M, I, O> start(Machine<M, I, O> machine, Setup setup, String[] problem) {
    M model;
    try {
      model = machine.newModel(setup);
    } catch (Exception e) {
      throw new IllegalStateException("The model factory of " + simpleName(machine.specType())
          + " threw; a model must not fail to build", e);
    }
    try {
      return new Execution<>(machine, model, machine.newImpl(setup));
    } catch (Exception | Error e) {
      problem[0] = simpleName(machine.implType()) + " failed to build: " + describe(rethrowFatal(e));
      return null;
    }
  }

  /**
   * Runs one step on both sides and checks the invariants. Returns null when the step may not run
   * here: its precondition is false or a handle it takes was never made.
   */
  Event run(Step<O> step) {
    O op = step.op();
    int index = machine.indexOf(op);
    if (takesHandles[index]) {
      for (Object arg : machine.argumentsOf(op)) {
        if (arg instanceof Handle<?> handle && !refs.has(handle)) {
          return null;
        }
      }
    }
    if (!machine.enabled(index, model) || !machine.accepts(op, model, refs)) {
      return null;
    }
    Object modelResult = null;
    Object implResult = null;
    Throwable modelError = null;
    Throwable implError = null;
    try {
      modelResult = machine.applyToModel(op, model, refs);
    } catch (Exception | Error e) {
      modelError = rethrowFatal(e);
    }
    try {
      implResult = machine.applyToImpl(op, impl, refs);
    } catch (Exception | Error e) {
      implError = rethrowFatal(e);
    }
    Operation operation = operations.get(index);
    String problem = compare(op, operation, modelResult, implResult, modelError, implError);
    if (problem == null && modelError == null && operation.result() == Operation.Result.REF) {
      refs.put(step.id(), modelResult, implResult);
      handleSteps.add(step.id());
      handleTypes.add(operation.resultType());
    }
    int failedCheck = -1;
    if (problem == null) {
      List<Check> checks = machine.invariants();
      for (int i = 0; i < checks.size() && problem == null; i++) {
        problem = checkInvariant(i, checks.get(i));
        failedCheck = problem == null ? -1 : i;
      }
    }
    return new Event(step, modelResult, implResult, modelError, implError, problem, failedCheck);
  }

  private String compare(O op, Operation operation, Object modelResult, Object implResult,
      Throwable modelError, Throwable implError) {
    // the usual outcomes first: the report's names are only worked out for a disagreement
    if (modelError == null && implError == null) {
      return operation.result() != Operation.Result.VALUE || machine.sameResult(op, modelResult, implResult)
          ? null
          : "model " + Values.show(modelResult) + ", " + simpleName(machine.implType()) + " " + Values.show(implResult);
    }
    if (modelError != null && implError != null && modelError.getClass() == implError.getClass()) {
      return null;
    }
    String impl = simpleName(machine.implType());
    boolean returns = operation.result() != Operation.Result.VOID;
    if (implError == null) {
      return "model throws " + modelError.getClass().getSimpleName() + ", " + impl
          + (returns ? " returns " + Values.show(implResult) : " returns normally");
    }
    if (modelError == null) {
      return (returns ? "model " + Values.show(modelResult) : "model returns normally") + ", "
          + impl + " throws " + describe(implError);
    }
    return "model throws " + modelError.getClass().getSimpleName() + ", " + impl + " throws " + describe(implError);
  }

  private String checkInvariant(int index, Check check) {
    String call = check.method() + "(" + (check.takesModel() ? check.takesImpl() ? "model, impl" : "model" : "impl") + ")";
    try {
      return machine.invariant(index, model, impl) ? null : "invariant " + call + " is false";
    } catch (Exception | Error e) {
      return "invariant " + call + " threw " + describe(rethrowFatal(e));
    }
  }

  static String describe(Throwable error) {
    String message = error.getMessage();
    return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  static String simpleName(String canonicalName) {
    String withoutArguments = canonicalName.replaceAll("<.*", "");
    return withoutArguments.substring(withoutArguments.lastIndexOf('.') + 1);
  }

  /** Lets the JVM's own troubles through; a stack overflow is the implementation's. */
  static Throwable rethrowFatal(Throwable error) {
    if (error instanceof VirtualMachineError fatal && !(error instanceof StackOverflowError)) {
      throw fatal;
    }
    return error;
  }
}

package dev.modelof.engine;

import dev.modelof.Handle;
import dev.modelof.Setup;
import dev.modelof.internal.InvariantInfo;
import dev.modelof.internal.Machine;
import dev.modelof.internal.ResultKind;
import dev.modelof.internal.SettingsText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One model and one implementation built from a setup, and the steps run on them so far. */
final class Execution<M, I, O> {
  private final Machine<M, I, O> machine;
  private final Plan plan;
  private final Watch watch;
  private boolean closed;
  final M model;
  final I impl;
  final StepRefs refs = new StepRefs();
  /** Where {@link #run} has the results of a step put. */
  private final Object[] pair = new Object[2];
  /** For each handle made so far: the step id and the class of its type. */
  final List<Integer> handleSteps = new ArrayList<>();
  final List<Class<?>> handleTypes = new ArrayList<>();

  private Execution(Machine<M, I, O> machine, Plan plan, M model, I impl, Watch watch) {
    this.machine = machine;
    this.plan = plan;
    this.watch = watch;
    this.model = model;
    this.impl = impl;
  }

  /** What building the model and the implementation came to. */
  sealed interface Start<M, I, O> {}

  /** Both built: the execution that runs the steps. */
  record Started<M, I, O>(Execution<M, I, O> execution) implements Start<M, I, O> {}

  /**
   * The implementation threw while it was built, or the pair as built broke an invariant: why, as
   * the report says it, and that invariant's index (-1 when the implementation threw).
   */
  record ImplFailed<M, I, O>(String problem, int invariant) implements Start<M, I, O> {}

  /**
   * Builds model and implementation and checks the invariants on them before the first step, as
   * Hypothesis does. A model factory that throws is a mistake in the spec and is rethrown; an
   * implementation that throws where the model did not, or a pair that breaks an invariant, is
   * {@link ImplFailed}.
   */
  static <M, I, O> Start<M, I, O> start(Machine<M, I, O> machine, Plan plan, Setup setup, Watch watch) {
    watch.at(0, Phase.BUILD_MODEL);
    M model = newModel(machine, setup);
    watch.at(0, Phase.BUILD_IMPL);
    Execution<M, I, O> execution;
    try {
      execution = new Execution<>(machine, plan, model, machine.newImpl(setup), watch);
      watch.at(0, Phase.ENGINE);
    } catch (Exception | Error e) {
      watch.at(0, Phase.ENGINE);
      String problem = machine.implType().getSimpleName() + " failed to build: " + describe(e);
      closeQuietly(model);
      return new ImplFailed<>(problem, -1);
    }
    int broken = execution.brokenInvariant(0);
    if (broken >= 0) {
      String problem = execution.invariantProblem + " as built, before the first step";
      execution.closeQuietly();
      return new ImplFailed<>(problem, broken);
    }
    return new Started<>(execution);
  }

  /** Moves the watch: {@code phase} of the step at {@code position} runs next. */
  void at(int position, Phase phase) {
    watch.at(position, phase);
  }

  /** Why the invariant {@link #brokenInvariant} found last does not hold. */
  private String invariantProblem;

  /**
   * Checks the invariants, as of the step at {@code position}: the index of the first that is
   * false or throws, with {@link #invariantProblem} saying how; -1 when all hold.
   */
  int brokenInvariant(int position) {
    int invariants = plan.invariants.size();
    if (invariants == 0) {
      return -1;
    }
    watch.at(position, Phase.INVARIANT);
    try {
      for (int i = 0; i < invariants; i++) {
        Throwable error = null;
        boolean holds;
        try {
          holds = machine.invariant(i, model, impl);
        } catch (Exception | Error e) {
          error = rethrowFatal(e);
          holds = false;
        }
        if (!holds) {
          invariantProblem = invariantProblem(plan.invariants.get(i), error);
          return i;
        }
      }
      return -1;
    } finally {
      watch.at(position, Phase.ENGINE);
    }
  }

  /**
   * Runs one step on both sides and checks the invariants. Returns null when the step may not run
   * here: its precondition is false, a handle it takes was never made, or an argument that must be
   * one of the model's values ({@code @FromModel}) is not.
   */
  Event run(Step<O> step, int position) {
    O op = step.op();
    int index = machine.indexOf(op);
    if (plan.takesHandles[index]) {
      for (Object arg : machine.argumentsOf(op)) {
        if (arg instanceof Handle<?> handle && !refs.has(handle)) {
          return null;
        }
      }
    }
    // the model holds the arguments first, so that a precondition may take that for granted
    if (plan.onlyModelValues[index] && !plan.holdsModelValues(index, machine.argumentsOf(op), model)
        || !machine.enabled(index, model) || !machine.accepts(op, model, refs)) {
      return null;
    }
    Event unusual = call(op, index, position, step.id(), pair, 0);
    return unusual != null ? unusual : new Event(step, pair[0], pair[1], null, null, null, -1);
  }

  /** The model {@code machine} builds from {@code setup}: a factory that throws is the spec's mistake, rethrown. */
  private static <M> M newModel(Machine<M, ?, ?> machine, Setup setup) {
    try {
      return machine.newModel(setup);
    } catch (Exception e) {
      throw new IllegalStateException("The model factory of " + machine.specType().getSimpleName()
          + " threw; a model must not fail to build", e);
    }
  }

  /**
   * Runs {@code op}, a step a try drew at {@code position} (which is also its id), of operation
   * {@code index} and allowed here, on both sides, and checks the invariants. When both sides return
   * normally and agree, as nearly every step does, makes nothing: returns null, with the two
   * results at {@code results[2 * at]} and {@code results[2 * at + 1]}. Otherwise returns the
   * step's event: a disagreement, a failed invariant, or the same exception on both sides.
   */
  Event runDrawn(O op, int index, int position, Object[] results, int at) {
    return call(op, index, position, position, results, at);
  }

  /**
   * A model alone, without an implementation or a watch: for drawing again the steps of a try that
   * ran unrecorded, whose draws depend on the model's state alone.
   */
  static <M, I, O> Execution<M, I, O> modelAlone(Machine<M, I, O> machine, Plan plan, Setup setup) {
    return new Execution<>(machine, plan, newModel(machine, setup), null, new Watch());
  }

  /**
   * Runs {@code op}, the step {@code id} of operation {@code index}, on the {@linkplain #modelAlone
   * model alone}, whose result stands for both sides' at {@code results[2 * id]} and {@code
   * results[2 * id + 1]}: the step agreed when the try ran.
   */
  void applyToModelAlone(O op, int index, int id, Object[] results) {
    Object result;
    try {
      result = machine.applyToModel(op, model, refs);
    } catch (Exception e) {
      throw new IllegalStateException("The model of " + machine.specType().getSimpleName()
          + " threw where it returned in the same step before; a model must be deterministic", e);
    }
    if (plan.results[index] == ResultKind.REF) {
      madeHandle(id, index, result, result);
    }
    results[2 * id] = result;
    results[2 * id + 1] = result;
  }

  /**
   * Runs {@code op} as the step {@code id} at {@code position}, as {@link #runDrawn} does, with the
   * two results at {@code results[2 * at]} and {@code results[2 * at + 1]}.
   */
  private Event call(O op, int index, int position, int id, Object[] results, int at) {
    Object modelResult = null;
    Object implResult = null;
    Throwable modelError = null;
    Throwable implError = null;
    watch.at(position, Phase.MODEL);
    try {
      modelResult = machine.applyToModel(op, model, refs);
    } catch (Exception | Error e) {
      modelError = rethrowFatal(e);
    }
    watch.at(position, Phase.IMPL);
    try {
      implResult = machine.applyToImpl(op, impl, refs);
    } catch (Exception | Error e) {
      implError = e;
    }
    watch.at(position, Phase.COMPARE);
    ResultKind result = plan.results[index];
    String problem = compare(op, result, plan.identityAgrees[index], modelResult, implResult, modelError, implError);
    watch.at(position, Phase.ENGINE);
    if (problem == null && modelError == null && result == ResultKind.REF) {
      madeHandle(id, index, modelResult, implResult);
    }
    int failedInvariant = problem == null ? brokenInvariant(position) : -1;
    if (failedInvariant >= 0) {
      problem = invariantProblem;
    }
    if (problem == null && modelError == null && implError == null) {
      results[2 * at] = modelResult;
      results[2 * at + 1] = implResult;
      return null;
    }
    return new Event(new Step<>(id, op), modelResult, implResult, modelError, implError, problem, failedInvariant);
  }

  /** Keeps the handle the step {@code id} of {@code @Ref} operation {@code index} made, for later steps. */
  private void madeHandle(int id, int index, Object modelResult, Object implResult) {
    refs.put(id, modelResult, implResult);
    handleSteps.add(id);
    handleTypes.add(machine.operations().get(index).handleType());
  }

  /**
   * Closes the model and the implementation where they are {@link AutoCloseable} and says how
   * that went: null when neither is. A close that throws is a failure; when both close, the
   * implementation must throw where the model throws, the same class, as for an operation.
   * {@code position} is where the watch charges a hang: the number of steps run.
   */
  Teardown close(int position) {
    closed = true;
    boolean modelCloses = model instanceof AutoCloseable;
    boolean implCloses = impl instanceof AutoCloseable;
    if (!modelCloses && !implCloses) {
      return null;
    }
    watch.at(position, Phase.CLOSE_MODEL);
    Throwable modelError = modelCloses ? rethrowFatal(closing((AutoCloseable) model)) : null;
    watch.at(position, Phase.CLOSE_IMPL);
    Throwable implError = implCloses ? closing((AutoCloseable) impl) : null;
    watch.at(position, Phase.ENGINE);
    String problem = null;
    if (modelError != null && !modelError.getClass().isInstance(implError)) {
      problem = "model throws " + describe(modelError) + ", " + machine.implType().getSimpleName()
          + (implError != null ? " throws " + describe(implError) : implCloses ? " closes normally" : " has no close()");
    } else if (modelError == null && implError != null) {
      problem = (modelCloses ? "model closes normally, " : "") + machine.implType().getSimpleName() + " throws "
          + describe(implError);
    }
    return new Teardown(modelCloses, implCloses, modelError, implError, problem);
  }

  /** Closes both sides after a failure or an engine error, ignoring what close throws. */
  void closeQuietly() {
    if (!closed) {
      closed = true;
      closeQuietly(model);
      closeQuietly(impl);
    }
  }

  /** What {@code close} threw, or null; whose side it is decides whether a JVM error is let through. */
  private static Throwable closing(AutoCloseable closeable) {
    try {
      closeable.close();
      return null;
    } catch (Exception | Error e) {
      return e;
    }
  }

  private static void closeQuietly(Object side) {
    if (side instanceof AutoCloseable closeable) {
      closing(closeable);
    }
  }

  /** What the report says of a call in {@code phase} that did not return within {@code timeout}. */
  static String hangProblem(Phase phase, Duration timeout) {
    String within = "did not return within " + SettingsText.formatDuration(timeout);
    return phase.who() == null ? within : phase.who() + " " + within;
  }

  /** How the two sides of a step disagree, or null when they agree. */
  private String compare(O op, ResultKind result, boolean identityAgrees, Object modelResult, Object implResult,
      Throwable modelError, Throwable implError) {
    if (modelError == null && implError == null) {
      // the common case, first and without building any text; one object equals itself (the small
      // Integers, Boolean, enum constants, null), and the call of equals that this saves is
      // megamorphic in a JVM that compares many types
      if (result != ResultKind.VALUE || (identityAgrees && modelResult == implResult)) {
        return null;
      }
      Throwable comparing = null;
      try {
        if (machine.sameResult(op, modelResult, implResult)) {
          return null;
        }
      } catch (RuntimeException | Error e) {
        // equals or a @Compare method of the spec's that throws: the step fails, with what it threw
        comparing = rethrowFatal(e);
      }
      List<String> shown = ValueText.differing(ValueText.show(modelResult), ValueText.show(implResult));
      String impl = machine.implType().getSimpleName();
      return comparing == null ? "model " + shown.get(0) + ", " + impl + " " + shown.get(1)
          : "comparing model " + shown.get(0) + " with " + impl + " " + shown.get(1) + " threw " + describe(comparing)
              + at(comparing.getStackTrace());
    }
    // the model's contract, as Javadoc and assertThrows read it: an instance of the model's exception
    if (modelError != null && modelError.getClass().isInstance(implError)) {
      return null;
    }
    String impl = machine.implType().getSimpleName();
    boolean returns = result != ResultKind.VOID;
    if (implError == null) {
      return "model throws " + modelError.getClass().getSimpleName() + ", " + impl
          + (returns ? " returns " + ValueText.brief(implResult) : " returns normally");
    }
    if (modelError == null) {
      return (returns ? "model " + ValueText.brief(modelResult) : "model returns normally") + ", "
          + impl + " throws " + describe(implError);
    }
    return "model throws " + modelError.getClass().getSimpleName() + ", " + impl + " throws " + describe(implError);
  }

  /** What the report says of an invariant that is false, or threw {@code error}. */
  private static String invariantProblem(InvariantInfo invariant, Throwable error) {
    return "invariant " + call(invariant) + (error == null ? " is false" : " threw " + describe(error));
  }

  private static String call(InvariantInfo invariant) {
    return invariant.method() + "(" + (invariant.takesModel() ? invariant.takesImpl() ? "model, impl" : "model" : "impl") + ")";
  }

  /**
   * {@code IllegalStateException: stuck}; a wrapper without a message of its own says what it wraps:
   * {@code UndeclaredThrowableException caused by Jam: jammed}, as a generated machine wraps a
   * throwable that is neither an exception nor an error.
   */
  static String describe(Throwable error) {
    String message = error.getMessage();
    if (message == null && error.getCause() != null) {
      return error.getClass().getSimpleName() + " caused by " + describe(error.getCause());
    }
    if (message == null && error.getStackTrace().length == 0 && FAST_THROWN.contains(error.getClass())) {
      // HotSpot throws a shared instance, without message or stack trace, from compiled code that
      // threw the same exception often before: say so, rather than let the message seem lost
      return error.getClass().getSimpleName() + " (its message left out by the JVM, as it does for an exception"
          + " thrown often; -XX:-OmitStackTraceInFastThrow keeps it)";
    }
    return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /**
   * {@code " at "} and the top frame of {@code stack} outside the JDK, as a stack trace prints it
   * without class loader or module ({@code " at com.example.Keys.generate(Keys.java:12)"}): the
   * line of the spec's or the implementation's code; empty when there is none.
   */
  static String at(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      String type = frame.getClassName();
      if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
        return " at " + type + "." + frame.getMethodName() + "(" + (frame.getFileName() == null ? "Unknown Source"
            : frame.getFileName() + (frame.getLineNumber() >= 0 ? ":" + frame.getLineNumber() : "")) + ")";
      }
    }
    return "";
  }

  /** The exceptions HotSpot may throw as a shared instance without a message (OmitStackTraceInFastThrow). */
  private static final Set<Class<?>> FAST_THROWN = Set.of(NullPointerException.class, ArithmeticException.class,
      ArrayIndexOutOfBoundsException.class, ArrayStoreException.class, ClassCastException.class);

  /**
   * Lets the JVM's own troubles through from the model's side (a stack overflow excepted): a model
   * that runs out of memory is the spec's problem, and the run stops there. The implementation's
   * calls keep what they throw, a {@link VirtualMachineError} too: an {@link OutOfMemoryError} of
   * the implementation is a failure of its step, reported, shrunk and given a regression test.
   */
  static Throwable rethrowFatal(Throwable error) {
    if (error instanceof VirtualMachineError fatal && !(error instanceof StackOverflowError)) {
      throw fatal;
    }
    return error;
  }
}

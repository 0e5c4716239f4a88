package dev.modelof.engine;

import dev.modelof.Gen;
import dev.modelof.Handle;
import dev.modelof.Setup;
import dev.modelof.internal.InvariantInfo;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.Comparisons;
import dev.modelof.internal.ParameterInfo;
import dev.modelof.internal.ResultComparison;
import dev.modelof.internal.ResultKind;
import dev.modelof.internal.SettingsText;
import dev.modelof.internal.SetupInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes the report of a shrunk failure and the regression test that shows it. */
final class ReportWriter<M, I, O> {
  private static final String ASSERTIONS = "org.junit.jupiter.api.Assertions";

  private final Machine<M, I, O> machine;
  private final Setup setup;
  private final Trace trace;
  private final Duration timeout;
  /** Names of handles by the id of the step that made them: h1, h2, ... */
  private final Map<Integer, String> handleNames = new HashMap<>();
  /** Why {@link #regressionTest} wrote none. */
  private String noTest = "an argument has no form as a Java literal";
  /** Threads of calls that hung and that the JVM could not stop. */
  private int stillRunning;
  private Throwable shrinkingStopped;
  /** The system properties that replay the failure; null for its seed alone. */
  private String replay;
  /** How many replays of the shrunk failure failed the same way, and of how many. */
  private int failedReplays;
  private int replays;

  /** @param timeout the call timeout of the run, for a hang's regression test; may be null */
  ReportWriter(Machine<M, I, O> machine, Setup setup, Trace trace, Duration timeout) {
    this.machine = machine;
    this.setup = setup;
    this.trace = trace;
    this.timeout = timeout;
    for (Event event : trace.events()) {
      OperationInfo operation = operationOf(event);
      if (operation.resultKind() == ResultKind.REF && event.modelError() == null && event.problem() == null) {
        handleNames.put(event.step().id(), "h" + (handleNames.size() + 1));
      }
    }
  }

  /** Says in the report that {@code threads} threads of calls that hung still run. */
  void stillRunning(int threads) {
    this.stillRunning = threads;
  }

  /** Says what stopped shrinking before it was done, if anything did. */
  void shrinkingStopped(Throwable error) {
    this.shrinkingStopped = error;
  }

  /** Says which system properties replay the failure, in place of its seed alone. */
  void replay(String properties) {
    this.replay = properties;
  }

  /**
   * Says that {@code failed} of {@code count} replays of the shrunk failure failed the same way; the
   * report's first line calls it flaky unless all did.
   */
  void confirmed(int failed, int count) {
    this.failedReplays = failed;
    this.replays = count;
  }

  /**
   * The report: a headline, the setup, each step with its result, and how to replay; {@code file}
   * is where the regression test was written as a whole class, or null.
   */
  String report(int originalLength, long seed, int tryNumber, String regressionTest, List<String> imports, Path file) {
    String spec = machine.specType().getSimpleName();
    String impl = machine.implType().getSimpleName();
    StringBuilder out = new StringBuilder();
    JavaWriter java = new JavaWriter();
    out.append(spec).append(": ");
    if (failedReplays < replays) {
      out.append("flaky: failed ").append(failedReplays).append(" of ").append(replays).append(" replays; ");
    }
    out.append(headline(java, impl))
        .append(" (shrunk from ").append(originalLength)
        .append("; seed ").append(SettingsText.formatSeed(seed)).append(", try ").append(tryNumber).append(")\n");
    SetupInfo setupInfo = machine.setups().get(setup.index());
    if (machine.setups().size() > 1) {
      out.append("  setup ").append(setupInfo.method()).append('\n');
    }
    for (int i = 0; i < setupInfo.parameters().size(); i++) {
      out.append("  ").append(setupInfo.parameters().get(i).name()).append(" = ")
          .append(shown(java, setup.args().get(i), setupInfo.parameters().get(i).gen())).append('\n');
    }
    if (trace.setupProblem() != null) {
      out.append("  ").append(trace.setupProblem()).append("      <-- here\n");
    }
    List<String> calls = new ArrayList<>();
    List<String> outcomes = new ArrayList<>();
    for (Event event : trace.events()) {
      calls.add(describe(java, event));
      outcomes.add(outcome(event));
    }
    Teardown teardown = trace.teardown();
    boolean closing = teardown != null && teardown.problem() != null;
    int width = Math.max(14, calls.stream().mapToInt(String::length).max().orElse(0)) + 2;
    for (int i = 0; i < calls.size(); i++) {
      String call = calls.get(i);
      String outcome = outcomes.get(i);
      out.append("  ").append(outcome == null ? call : pad(call, width) + "-> " + outcome);
      if (trace.events().get(i).problem() != null) {
        out.append("      <-- here");
      }
      out.append('\n');
    }
    if (closing) {
      out.append("  ").append(pad("close()", width)).append("-> ").append(teardown.problem()).append("      <-- here\n");
    }
    if (stillRunning > 0) {
      out.append(stillRunning == 1 ? "The thread of the call that hung ignores its interrupt and still runs"
          : stillRunning + " threads of calls that hung ignore their interrupt and still run")
          .append(": Java ").append(Runtime.version().feature())
          .append(" cannot stop a thread, so ").append(stillRunning == 1 ? "it runs" : "they run")
          .append(" until the JVM exits.\n");
    }
    if (shrinkingStopped != null) {
      out.append("Shrinking stopped early, on ").append(Execution.describe(shrinkingStopped))
          .append(Execution.at(shrinkingStopped.getStackTrace()))
          .append(": the steps above are the smallest failure found before it.\n");
    }
    out.append("Replay: ").append(replay != null ? replay : "-Dmodelof.seed=" + SettingsText.formatSeed(seed)).append('\n');
    if (regressionTest == null) {
      out.append("No regression test: ").append(noTest).append(".\n");
    } else {
      out.append("Regression test (paste into src/test/java")
          .append(file == null ? "" : "; as a whole class in " + file).append("):\n\n");
      imports.forEach(line -> out.append("    ").append(line).append('\n'));
      out.append('\n');
      regressionTest.lines().forEach(line -> out.append(line.isEmpty() ? "" : "    " + line).append('\n'));
    }
    return out.toString();
  }

  /** What went wrong, in a few words, for the first line of the report. */
  private String headline(JavaWriter java, String impl) {
    int length = trace.events().size();
    String steps = length + (length == 1 ? " step" : " steps");
    Phase hang = trace.hang();
    if (hang != null) {
      String who = hang.spec() ? "the model" : impl;
      String within = "did not return within " + SettingsText.formatDuration(timeout);
      return switch (hang) {
        case BUILD_MODEL -> "the model factory " + within;
        case BUILD_IMPL -> impl + " hangs: its constructor " + within;
        case CLOSE_MODEL, CLOSE_IMPL -> who + " hangs: close() " + within + " after " + steps;
        case INVARIANT -> "an invariant " + within + " after " + steps;
        case COMPARE -> "comparing the results of " + describe(java, trace.events().get(length - 1)) + " " + within
            + " at step " + length;
        default -> who + " hangs: " + describe(java, trace.events().get(length - 1)) + " " + within
            + " at step " + length;
      };
    }
    if (trace.setupInvariant() >= 0) {
      return impl + " breaks an invariant before the first step";
    }
    if (trace.setupProblem() != null) {
      return impl + " fails to build";
    }
    if (trace.teardown() != null && trace.teardown().problem() != null) {
      return impl + " fails on close() after " + steps;
    }
    return impl + " disagrees with the model after " + steps;
  }

  /** The right-hand side of a report line, or null for a void step that went well. */
  private String outcome(Event event) {
    if (event.problem() != null) {
      return event.problem();
    }
    if (event.modelError() != null) {
      return "throws " + event.modelError().getClass().getSimpleName();
    }
    return switch (operationOf(event).resultKind()) {
      case VOID -> null;
      case REF -> handleNames.get(event.step().id());
      case VALUE -> ValueText.brief(event.modelResult());
    };
  }

  private String describe(JavaWriter java, Event event) {
    List<String> args = arguments(java, event, "h");
    List<Object> values = machine.argumentsOf(opOf(event));
    for (int i = 0; i < args.size(); i++) {
      args.set(i, ValueText.abridged(args.get(i) == null ? ValueText.show(values.get(i)) : args.get(i)));
    }
    return operationOf(event).name() + "(" + String.join(", ", args) + ")";
  }

  private static String shown(JavaWriter java, Object value, Gen<?> gen) {
    String literal = java.literal(value, gen);
    return ValueText.abridged(literal == null ? ValueText.show(value) : literal);
  }

  /**
   * The regression test method, or null when there can be none: an argument has no Java literal,
   * or the model, not the implementation, is at fault.
   */
  String regressionTest(JavaWriter java) {
    Phase hang = trace.hang();
    if (hang != null && hang.spec()) {
      noTest = hang == Phase.INVARIANT ? "an invariant did not return"
          : hang == Phase.COMPARE ? "comparing the results did not return" : "the model did not return";
      return null;
    }
    Teardown teardown = trace.teardown();
    boolean closing = teardown != null && teardown.problem() != null;
    if (closing && !teardown.implCloses()) {
      noTest = "the model's close() throws, and " + machine.implType().getSimpleName() + " has none";
      return null;
    }
    boolean mirror = needsModel(java);
    boolean throwsException = false;
    SetupInfo setupInfo = machine.setups().get(setup.index());
    List<String> setupArgs = new ArrayList<>();
    for (int i = 0; i < setup.args().size(); i++) {
      String literal = java.literal(setup.args().get(i), setupInfo.parameters().get(i).gen());
      if (literal == null) {
        return null;
      }
      setupArgs.add(literal);
    }
    List<String> body = new ArrayList<>();
    if (mirror) {
      body.add("var model = " + java.type(machine.specType()) + "." + setupInfo.method() + "(" + String.join(", ", setupArgs) + ");");
    }
    String newImpl;
    if (machine instanceof MachineWithImpl<?, ?, ?> built) {
      newImpl = built.newImplSource(java, setup, setupArgs);
      if (newImpl == null) {
        noTest = built.unknownConstruction(setup);
        return null;
      }
    } else {
      newImpl = setupInfo.implFactory() == null
          ? "new " + java.type(machine.implType()) + "(" + String.join(", ", setupArgs) + ")"
          : java.type(machine.specType()) + "." + setupInfo.implFactory() + "(" + String.join(", ", setupArgs) + ")";
    }
    body.add("var impl = " + (hang == Phase.BUILD_IMPL ? timeLimited(java, newImpl) : newImpl) + ";");
    if (trace.setupInvariant() >= 0) {
      body.add(invariantCall(java, machine.invariants().get(trace.setupInvariant())));
    }
    for (Event event : trace.events()) {
      List<String> implArgs = arguments(java, event, "h");
      if (implArgs.contains(null)) {
        return null;
      }
      OperationInfo operation = operationOf(event);
      String implCall = call(java, operation, "impl", implArgs);
      String modelCall = mirror ? "model." + operation.name() + "(" + String.join(", ", arguments(java, event, "m")) + ")" : null;
      if (event.hang() != null) {
        body.add(timeLimited(java, implCall) + ";");
      } else if (event.modelError() != null) {
        String thrown = java.type(event.modelError().getClass().getCanonicalName()) + ".class";
        String assertThrows = java.staticMethod(ASSERTIONS, "assertThrows");
        if (mirror) {
          body.add(assertThrows + "(" + thrown + ", () -> " + modelCall + ");");
        }
        body.add(assertThrows + "(" + thrown + ", () -> " + implCall + ");");
      } else {
        switch (operation.resultKind()) {
          case VOID -> {
            if (mirror) {
              body.add(modelCall + ";");
            }
            body.add(implCall + ";");
          }
          case REF -> {
            String name = handleNames.getOrDefault(event.step().id(), "h" + event.step().id());
            if (mirror) {
              body.add("var m" + name.substring(1) + " = " + modelCall + ";");
            }
            body.add("var " + name + " = " + implCall + ";");
          }
          case VALUE -> body.addAll(checkedResult(java, operation, event.modelResult(), modelCall, implCall));
        }
      }
      if (event.failedInvariant() >= 0) {
        body.add(invariantCall(java, machine.invariants().get(event.failedInvariant())));
      }
    }
    if (closing || hang == Phase.CLOSE_IMPL) {
      if (hang == Phase.CLOSE_IMPL) {
        body.add(timeLimited(java, "impl.close()") + ";");
      } else if (teardown.modelError() != null) {
        String thrown = java.type(teardown.modelError().getClass().getCanonicalName()) + ".class";
        body.add(java.staticMethod(ASSERTIONS, "assertThrows") + "(" + thrown + ", () -> impl.close());");
      } else {
        body.add("impl.close();");
        throwsException = true;
      }
    }
    java.type("org.junit.jupiter.api.Test");
    StringBuilder out = new StringBuilder("@Test\nvoid ");
    String specName = machine.specType().getSimpleName();
    out.append(Character.toLowerCase(specName.charAt(0))).append(specName.substring(1)).append("Regression()")
        .append(throwsException ? " throws Exception {\n" : " {\n");
    body.forEach(line -> out.append("    ").append(line).append('\n'));
    return out.append("}\n").toString();
  }

  /**
   * Whether the test must build the model to compare against: a result has no literal form, or the
   * invariant that failed takes the model.
   */
  private boolean needsModel(JavaWriter java) {
    if (trace.setupInvariant() >= 0 && machine.invariants().get(trace.setupInvariant()).takesModel()) {
      return true;
    }
    for (Event event : trace.events()) {
      OperationInfo operation = operationOf(event);
      if (event.modelError() == null && operation.resultKind() == ResultKind.VALUE
          && (operation.comparison() == ResultComparison.SPEC_METHOD
              || new JavaWriter().literal(expected(operation, event.modelResult())) == null)) {
        return true;
      }
      if (event.failedInvariant() >= 0 && machine.invariants().get(event.failedInvariant()).takesModel()) {
        return true;
      }
    }
    return false;
  }

  /** {@code call} run under JUnit's preemptive timeout, for a call that hung. */
  private String timeLimited(JavaWriter java, String call) {
    long millis = timeout == null ? 0 : timeout.toMillis();
    String duration = java.type("java.time.Duration")
        + (millis % 1000 == 0 ? ".ofSeconds(" + millis / 1000 + ")" : ".ofMillis(" + millis + ")");
    return java.staticMethod(ASSERTIONS, "assertTimeoutPreemptively") + "(" + duration + ", () -> " + call + ")";
  }

  /**
   * The statements that check the result of a value step as the operation compares it: {@code
   * assertEquals(List.of(2, 1), <elements of impl.descendingIterator()>)}, {@code
   * assertTrue(Spec.sameValues(model.values(), impl.values()))}; {@code modelCall} is null when the
   * test builds no model.
   */
  private List<String> checkedResult(
      JavaWriter java, OperationInfo operation, Object result, String modelCall, String implCall) {
    ResultComparison comparison = operation.comparison();
    if (comparison == ResultComparison.SPEC_METHOD) {
      String same = java.type(machine.specType()) + "." + operation.sameMethod() + "(" + modelCall + ", " + implCall + ")";
      return List.of(java.staticMethod(ASSERTIONS, "assertTrue") + "(" + same + ");");
    }
    if (comparison == ResultComparison.EQUALS) {
      return List.of(assertion(java, result, modelCall == null ? java.literal(result) : modelCall, implCall));
    }
    if (result == null) {
      String isNull = java.staticMethod(ASSERTIONS, "assertNull") + "(" + implCall + ");";
      return modelCall == null ? List.of(isNull) : List.of(modelCall + ";", isNull);
    }
    String expected = modelCall == null
        ? java.literal(expected(operation, result))
        : elements(java, comparison, modelCall);
    return List.of(java.staticMethod(ASSERTIONS, "assertEquals") + "(" + expected + ", "
        + elements(java, comparison, implCall) + ");");
  }

  /** What the regression test compares a result with: for a multiset, the count of each element. */
  private static Object expected(OperationInfo operation, Object result) {
    return operation.comparison() == ResultComparison.MULTISET && result instanceof Collection<?> elements
        ? Comparisons.counts(elements)
        : result;
  }

  /**
   * The elements of {@code call}'s result in plain JDK code, as the machine took them out: {@code
   * StreamSupport.stream(Spliterators.spliteratorUnknownSize(call, 0), false).toList()}; for a
   * multiset, the count of each element.
   */
  private static String elements(JavaWriter java, ResultComparison comparison, String call) {
    String streams = "java.util.stream.";
    return switch (comparison) {
      case ITERATOR -> java.type(streams + "StreamSupport") + ".stream(" + java.type("java.util.Spliterators")
          + ".spliteratorUnknownSize(" + call + ", 0), false).toList()";
      case ITERABLE -> java.type(streams + "StreamSupport") + ".stream(" + call + ".spliterator(), false).toList()";
      case STREAM -> call + ".toList()";
      case MULTISET -> call + ".stream().collect(" + java.staticMethod(streams + "Collectors", "toMap")
          + "(e -> e, e -> 1, Integer::sum))";
      case EQUALS, SPEC_METHOD -> call;
    };
  }

  /** An assertion that {@code actual} equals {@code expected}, in the form JUnit reads best. */
  private static String assertion(JavaWriter java, Object value, String expected, String actual) {
    if (value != null && value.getClass().isArray()) {
      return java.staticMethod(ASSERTIONS, "assertArrayEquals") + "(" + expected + ", " + actual + ");";
    }
    boolean literal = !expected.contains("model.");
    if (literal && value == null) {
      return java.staticMethod(ASSERTIONS, "assertNull") + "(" + actual + ");";
    }
    if (literal && value instanceof Boolean b) {
      return java.staticMethod(ASSERTIONS, b ? "assertTrue" : "assertFalse") + "(" + actual + ");";
    }
    return java.staticMethod(ASSERTIONS, "assertEquals") + "(" + expected + ", " + actual + ");";
  }

  private String invariantCall(JavaWriter java, InvariantInfo invariant) {
    List<String> args = new ArrayList<>();
    if (invariant.takesModel()) {
      args.add("model");
    }
    if (invariant.takesImpl()) {
      args.add("impl");
    }
    String call = java.type(machine.specType()) + "." + invariant.method() + "(" + String.join(", ", args) + ")";
    return invariant.returnsBoolean() ? java.staticMethod(ASSERTIONS, "assertTrue") + "(" + call + ");" : call + ";";
  }

  private String call(JavaWriter java, OperationInfo operation, String target, List<String> args) {
    if (!operation.viaAdapter()) {
      return target + "." + operation.name() + "(" + String.join(", ", args) + ")";
    }
    List<String> all = new ArrayList<>();
    all.add(target);
    all.addAll(args);
    return java.type(machine.specType()) + "." + operation.name() + "(" + String.join(", ", all) + ")";
  }

  /** The arguments of a step as Java source; handles by name with {@code prefix}; null where no literal exists. */
  private List<String> arguments(JavaWriter java, Event event, String prefix) {
    List<String> out = new ArrayList<>();
    List<ParameterInfo> params = operationOf(event).parameters();
    List<Object> args = machine.argumentsOf(opOf(event));
    for (int i = 0; i < args.size(); i++) {
      Object arg = args.get(i);
      if (arg instanceof Handle<?> handle) {
        String name = handleNames.getOrDefault(handle.step(), "h" + handle.step());
        out.add(prefix + name.substring(1));
      } else {
        String literal = java.literal(arg, params.get(i).gen());
        Class<?> cast = params.get(i).writtenAs();
        out.add(literal == null || cast == null ? literal : "(" + java.type(cast) + ") " + literal);
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked") // events of this writer come from steps of this machine
  private O opOf(Event event) {
    return (O) event.step().op();
  }

  private OperationInfo operationOf(Event event) {
    return machine.operations().get(machine.indexOf(opOf(event)));
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }
}

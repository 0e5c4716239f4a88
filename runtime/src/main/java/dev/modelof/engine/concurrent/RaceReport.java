package dev.modelof.engine.concurrent;

import dev.modelof.Handle;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.ParameterInfo;
import dev.modelof.internal.ResultComparison;
import dev.modelof.internal.ResultKind;
import dev.modelof.internal.SettingsText;
import dev.modelof.internal.SetupInfo;
import dev.modelof.engine.JavaWriter;
import dev.modelof.engine.ValueText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the report of a shrunk race: a headline with how often it showed, the setup and prefix,
 * the threads' calls side by side with what each returned, the post part, why no order fits, and
 * a regression test that needs nothing of modelof.
 */
final class RaceReport<M, I, O> {
  private static final String ASSERTIONS = "org.junit.jupiter.api.Assertions";
  /** The most orders the report lists one by one. */
  static final int ORDERS_LISTED = 6;
  /** The most orders whose outcomes a regression test enumerates. */
  static final int MOST_ORDERS = 5_000;
  /** The fewest runs a regression test makes: enough for the JIT to compile the calls it races. */
  static final int LEAST_TEST_RUNS = 2_000;
  /** The most runs a regression test makes. */
  static final int MOST_TEST_RUNS = 100_000;

  private final Machine<M, I, O> machine;
  private final ModelSide<M, I, O> side;
  private final Scenario<O> scenario;
  /** Why {@link #regressionTest} wrote none. */
  String noTest;
  /** The runs the regression test makes, once written. */
  int testRuns;

  RaceReport(ModelSide<M, I, O> side, Scenario<O> scenario) {
    this.machine = side.machine;
    this.side = side;
    this.scenario = scenario;
  }

  /** {@code get(0)}: a call as the report shows it, handles by the name the regression test gives them. */
  static <O> String describe(Machine<?, ?, O> machine, O op) {
    OperationInfo info = machine.operations().get(machine.indexOf(op));
    List<Object> args = machine.argumentsOf(op);
    JavaWriter java = new JavaWriter();
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      Object arg = args.get(i);
      if (arg instanceof Handle<?> handle) {
        shown.add("h" + handle.step());
      } else {
        String literal = java.literal(arg, info.parameters().get(i).gen());
        shown.add(ValueText.abridged(literal == null ? ValueText.show(arg) : literal));
      }
    }
    return info.name() + "(" + String.join(", ", shown) + ")";
  }

  /** An outcome as a table cell shows it after the arrow: a value, or {@code throws X}. */
  static String outcome(Object outcome) {
    return outcome instanceof Thrown thrown ? "throws " + thrown.error().getClass().getSimpleName()
        : ValueText.brief(outcome);
  }

  /** "would return 2", "would return normally", "would throw X". */
  static String would(boolean voidCall, Object outcome) {
    if (outcome instanceof Thrown thrown) {
      return "would throw " + thrown.error().getClass().getSimpleName();
    }
    return voidCall ? "would return normally" : "would return " + ValueText.brief(outcome);
  }

  /** "returned 1", "returned normally", "threw X". */
  static String past(boolean voidCall, Object outcome) {
    if (outcome instanceof Thrown thrown) {
      return "threw " + thrown.error().getClass().getSimpleName();
    }
    return voidCall ? "returned normally" : "returned " + ValueText.brief(outcome);
  }

  /**
   * The report. {@code history} is a run that showed the race (null for a hang, whose threads'
   * state {@code hang} describes); {@code why} says why no order fits.
   */
  String report(Shape found, long seed, int scenarioNumber, int seen, int runs, History history, String why,
      String hang, Duration timeout, String test, List<String> imports, int stillRunning) {
    String spec = machine.specType().getSimpleName();
    String impl = machine.implType().getSimpleName();
    StringBuilder out = new StringBuilder();
    out.append(spec).append(": ").append(impl).append(" is not linearizable: ");
    if (hang != null) {
      out.append("a run did not finish within ").append(SettingsText.formatDuration(timeout)).append(", ");
    }
    out.append(scenario.shape()).append(", ").append(scenario.size()).append(" calls in all (shrunk from ")
        .append(found.size()).append("; seed ").append(SettingsText.formatSeed(seed)).append(", scenario ")
        .append(scenarioNumber).append("), seen in ").append(seen).append(" of ").append(runs).append(" runs\n");
    SetupInfo setup = machine.setups().get(scenario.setup().index());
    if (machine.setups().size() > 1) {
      out.append("  setup ").append(setup.method()).append('\n');
    }
    JavaWriter java = new JavaWriter();
    for (int i = 0; i < setup.parameters().size(); i++) {
      Object value = scenario.setup().args().get(i);
      String literal = java.literal(value, setup.parameters().get(i).gen());
      out.append("  ").append(setup.parameters().get(i).name()).append(" = ")
          .append(literal == null ? ValueText.show(value) : literal).append('\n');
    }
    if (!scenario.prefix().isEmpty()) {
      out.append("  prefix:\n");
      for (int i = 0; i < scenario.prefix().size(); i++) {
        Call<O> call = scenario.prefix().get(i);
        out.append("    ").append(line(call, history == null ? null : history.prefix, i)).append('\n');
      }
    }
    int threads = scenario.threads().size();
    List<List<String>> cells = new ArrayList<>();
    int width = 8;
    int rows = 0;
    for (int t = 0; t < threads; t++) {
      List<String> column = new ArrayList<>();
      List<Call<O>> branch = scenario.threads().get(t);
      for (int i = 0; i < branch.size(); i++) {
        String cell = line(branch.get(i), history == null ? null : history.threads[t], i);
        column.add(cell);
        width = Math.max(width, cell.length());
      }
      rows = Math.max(rows, column.size());
      cells.add(column);
    }
    StringBuilder header = new StringBuilder("  |");
    for (int t = 0; t < threads; t++) {
      header.append(' ').append(pad("thread " + (t + 1), width)).append(" |");
    }
    out.append(header).append('\n');
    for (int row = 0; row < rows; row++) {
      out.append("  |");
      for (List<String> column : cells) {
        out.append(' ').append(pad(row < column.size() ? column.get(row) : "", width)).append(" |");
      }
      out.append('\n');
    }
    if (!scenario.post().isEmpty()) {
      out.append("  post:\n");
      for (int i = 0; i < scenario.post().size(); i++) {
        out.append("    ").append(line(scenario.post().get(i), history == null ? null : history.post, i))
            .append('\n');
      }
    }
    if (hang != null) {
      out.append(hang);
      if (stillRunning > 0) {
        out.append("  ").append(stillRunning).append(" stuck thread").append(stillRunning == 1 ? " ignores" : "s ignore")
            .append(" its interrupt and still runs: Java ").append(Runtime.version().feature())
            .append(" cannot stop a thread.\n");
      }
    } else {
      out.append("  ").append(why).append('\n');
    }
    out.append("Replay: -Dmodelof.seed=").append(SettingsText.formatSeed(seed))
        .append(" (replays the scenarios, not the interleavings: which interleaving occurs is up to the JVM)\n");
    if (test == null) {
      out.append("No regression test: ").append(noTest).append(".\n");
    } else {
      out.append("Regression test (paste into src/test/java):\n\n");
      imports.forEach(line -> out.append("    ").append(line).append('\n'));
      out.append('\n');
      test.lines().forEach(line -> out.append(line.isEmpty() ? "" : "    " + line).append('\n'));
    }
    return out.toString();
  }

  /** The size of the scenario first found. */
  record Shape(int size) {}

  /** A call and what it returned, for the table: {@code get(0) -> Optional[1]}. */
  private String line(Call<O> call, Object[] outcomes, int index) {
    String text = describe(machine, call.op());
    Object outcome = outcomes == null ? null : outcomes[index];
    if (outcome == null && (outcomes == null || side.kind(call.op()) == ResultKind.VOID)) {
      // a void call that returned normally, or a call of a run that hung
      return text;
    }
    if (side.kind(call.op()) == ResultKind.REF && !(outcome instanceof Thrown)) {
      return text + " -> h" + call.id();
    }
    return text + " -> " + outcome(outcome);
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  /**
   * The regression test: runs the threads' calls from a spin barrier {@code runs} times and asserts
   * that each outcome is one the model allows; null, with {@link #noTest} saying why, when there
   * can be none. {@code observed} is the outcome that showed the race: the test is only written
   * when it lies outside the allowed set.
   */
  String regressionTest(JavaWriter java, List<Object> observed, Set<List<Object>> allowed, HarnessProbe.Rate harness,
      int seen, int measured, Duration timeout) {
    for (Call<O> call : calls()) {
      OperationInfo info = machine.operations().get(machine.indexOf(call.op()));
      if (info.resultKind() == ResultKind.VALUE && info.comparison() != ResultComparison.EQUALS) {
        noTest = info.name() + "() results are compared by " + info.comparison().name().toLowerCase()
            + ", which a set of allowed outcomes cannot express";
        return null;
      }
    }
    if (allowed == null) {
      noTest = "its calls have more than " + MOST_ORDERS + " orders to enumerate";
      return null;
    }
    if (observed != null && allowed.contains(observed)) {
      noTest = "the outcome seen is one the model allows in some order; only the real-time order of the"
          + " calls rules it out, which a repeated test cannot assert";
      return null;
    }
    Set<String> outcomeLiterals = new LinkedHashSet<>();
    String asList = java.type("java.util.Arrays") + ".asList";
    for (List<Object> outcome : allowed) {
      List<String> items = new ArrayList<>();
      for (Object value : outcome) {
        String literal = value instanceof Class<?> type ? java.type(type.getCanonicalName()) + ".class"
            : value != null && value.getClass().isArray() ? null : java.literal(value);
        if (literal == null) {
          noTest = "the result " + ValueText.brief(value) + " has no form as a Java literal";
          return null;
        }
        items.add(literal);
      }
      outcomeLiterals.add(asList + "(" + String.join(", ", items) + ")");
    }
    SetupInfo setup = machine.setups().get(scenario.setup().index());
    List<String> setupArgs = new ArrayList<>();
    for (int i = 0; i < scenario.setup().args().size(); i++) {
      String literal = java.literal(scenario.setup().args().get(i), setup.parameters().get(i).gen());
      if (literal == null) {
        noTest = "a setup argument has no form as a Java literal";
        return null;
      }
      setupArgs.add(literal);
    }
    double rate = seen / (double) Math.max(measured, 1);
    double harnessRate = harness == null || harness.runs() == 0 ? 0 : harness.misses() / (double) harness.runs();
    testRuns = harnessRate == 0 ? MOST_TEST_RUNS
        : (int) Math.min(MOST_TEST_RUNS, Math.max(LEAST_TEST_RUNS, Math.ceil(Math.log(1000) / harnessRate)));
    double probability = 1 - Math.pow(1 - harnessRate, testRuns);
    int threads = scenario.threads().size();
    String list = java.type("java.util.List");
    String future = java.type("java.util.concurrent.Future");
    String seconds = java.type("java.util.concurrent.TimeUnit") + ".SECONDS";
    long wait = Math.max(10, timeout.toSeconds());
    String impl = machine.implType().getSimpleName();
    List<String> body = new ArrayList<>();
    body.add("// " + impl + ", " + scenario.shape() + ": not linearizable in " + seen + " of " + measured
        + " runs when found (" + percent(rate) + ").");
    if (harnessRate > 0) {
      body.add("// This loop showed it in " + harness.misses() + " of " + harness.runs() + " runs (" + percent(harnessRate)
          + "): " + testRuns + " runs fail on it with probability " + percent(probability) + ".");
    } else if (harness == null) {
      body.add("// A run hung when found: a run that hangs fails when get(...) times out.");
    } else {
      body.add("// This loop did not show it in " + harness.runs() + " runs while the report was written:"
          + " it may pass on it too.");
    }
    body.add("// It always passes once " + impl + " is linearizable.");
    body.add(java.type("java.util.Set") + "<" + list + "<Object>> allowed = " + java.type("java.util.Set") + ".of(");
    List<String> literals = new ArrayList<>(outcomeLiterals);
    for (int i = 0; i < literals.size(); i++) {
      body.add("    " + literals.get(i) + (i + 1 < literals.size() ? "," : ");"));
    }
    body.add(java.type("java.util.concurrent.ExecutorService") + " pool = "
        + java.type("java.util.concurrent.Executors") + ".newFixedThreadPool(" + threads + ");");
    body.add("try {");
    body.add("    for (int run = 0; run < " + testRuns + "; run++) {");
    String newImpl = setup.implFactory() == null
        ? "new " + java.type(machine.implType()) + "(" + String.join(", ", setupArgs) + ")"
        : java.type(machine.specType()) + "." + setup.implFactory() + "(" + String.join(", ", setupArgs) + ")";
    body.add("        var impl = " + newImpl + ";");
    for (Call<O> call : scenario.prefix()) {
      List<String> args = arguments(java, call);
      if (args == null) {
        return null;
      }
      String text = call(java, call, args);
      OperationInfo info = machine.operations().get(machine.indexOf(call.op()));
      body.add("        " + (info.resultKind() == ResultKind.REF ? "var h" + call.id() + " = " + text : "result(() -> " + lambdaBody(call, text) + ")") + ";");
    }
    body.add("        " + java.type("java.util.concurrent.atomic.AtomicInteger") + " ready = new "
        + java.type("java.util.concurrent.atomic.AtomicInteger") + "();");
    for (int t = 0; t < threads; t++) {
      List<String> results = new ArrayList<>();
      for (Call<O> call : scenario.threads().get(t)) {
        List<String> args = arguments(java, call);
        if (args == null) {
          return null;
        }
        results.add("result(() -> " + lambdaBody(call, call(java, call, args)) + ")");
      }
      body.add("        " + future + "<" + list + "<Object>> thread" + (t + 1) + " = pool.submit(() -> {");
      body.add("            ready.incrementAndGet();");
      body.add("            while (ready.get() < " + threads + ") {");
      body.add("                Thread.onSpinWait();");
      body.add("            }");
      body.add("            return " + asList + "(" + String.join(", ", results) + ");");
      body.add("        });");
    }
    body.add("        " + list + "<Object> outcome = new " + java.type("java.util.ArrayList") + "<>();");
    for (int t = 0; t < threads; t++) {
      body.add("        outcome.addAll(thread" + (t + 1) + ".get(" + wait + ", " + seconds + "));");
    }
    for (Call<O> call : scenario.post()) {
      List<String> args = arguments(java, call);
      if (args == null) {
        return null;
      }
      body.add("        outcome.add(result(() -> " + lambdaBody(call, call(java, call, args)) + "));");
    }
    body.add("        int failed = run;");
    body.add("        " + java.staticMethod(ASSERTIONS, "assertTrue") + "(allowed.contains(outcome),");
    body.add("            () -> \"run \" + failed + \": \" + outcome + \" is no outcome of any order of the calls\");");
    body.add("    }");
    body.add("} finally {");
    body.add("    pool.shutdownNow();");
    body.add("}");
    java.type("org.junit.jupiter.api.Test");
    String spec = machine.specType().getSimpleName();
    StringBuilder out = new StringBuilder("@Test\nvoid ")
        .append(Character.toLowerCase(spec.charAt(0))).append(spec.substring(1)).append("Linearizability() throws Exception {\n");
    body.forEach(line -> out.append("    ").append(line).append('\n'));
    out.append("}\n\n");
    out.append("/** What a call returned, or the class of what it threw. */\n");
    out.append("private static Object result(").append(java.type("java.util.concurrent.Callable")).append("<?> call) {\n");
    out.append("    try {\n        return call.call();\n    } catch (Exception e) {\n        return e.getClass();\n    }\n}\n");
    return out.toString();
  }

  private static String percent(double fraction) {
    double value = fraction * 100;
    if (value >= 99.99) {
      return "over 99.99%";
    }
    return (value >= 10 ? String.format(java.util.Locale.ROOT, "%.1f%%", value)
        : value >= 0.1 ? String.format(java.util.Locale.ROOT, "%.2f%%", value)
        : String.format(java.util.Locale.ROOT, "%.3f%%", value));
  }

  /** A lambda body for a call: the call, or for a void one a block that returns null. */
  private String lambdaBody(Call<O> call, String text) {
    return side.kind(call.op()) == ResultKind.VOID ? "{ " + text + "; return null; }" : text;
  }

  private List<Call<O>> calls() {
    List<Call<O>> all = new ArrayList<>();
    scenario.threads().forEach(all::addAll);
    all.addAll(scenario.post());
    return all;
  }

  private String call(JavaWriter java, Call<O> call, List<String> args) {
    OperationInfo info = machine.operations().get(machine.indexOf(call.op()));
    if (!info.viaAdapter()) {
      return "impl." + info.name() + "(" + String.join(", ", args) + ")";
    }
    List<String> all = new ArrayList<>();
    all.add("impl");
    all.addAll(args);
    return java.type(machine.specType()) + "." + info.name() + "(" + String.join(", ", all) + ")";
  }

  /** The arguments of a call as Java source, or null (with {@link #noTest}) when one has no literal. */
  private List<String> arguments(JavaWriter java, Call<O> call) {
    OperationInfo info = machine.operations().get(machine.indexOf(call.op()));
    List<Object> args = machine.argumentsOf(call.op());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      Object arg = args.get(i);
      if (arg instanceof Handle<?> handle) {
        out.add("h" + handle.step());
        continue;
      }
      ParameterInfo param = info.parameters().get(i);
      String literal = java.literal(arg, param.gen());
      if (literal == null) {
        noTest = "an argument of " + info.name() + " has no form as a Java literal";
        return null;
      }
      out.add(param.writtenAs() == null ? literal : "(" + java.type(param.writtenAs()) + ") " + literal);
    }
    return out;
  }
}

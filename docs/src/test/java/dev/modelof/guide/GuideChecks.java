package dev.modelof.guide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.Settings;
import dev.modelof.internal.SettingsText;
import dev.modelof.testing.InMemoryJavac;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** What the guide's tests check of every bug: found, shrunk, and a regression test that works. */
public final class GuideChecks {
  /** The seeds every bug must be found under, with the default tries and steps. */
  public static final long[] SEEDS = {1, 2, 3, 4, 5, 42, 0x5DEECE66DL, 20240601};

  private GuideChecks() {}

  /** Default tries and steps, a fixed seed. */
  public static Settings seeded(long seed) {
    return Settings.defaults().withSeed(seed);
  }

  /** Runs {@code check} with {@code seed}: the failure, which must exist. */
  public static <O> Failure<O> failure(ModelCheck<?, ?, O> check, long seed) {
    Result<O> result = check.withSettings(seeded(seed)).check();
    assertNotNull(result.failure(), () -> "the bug was not found in " + result.tries() + " tries with seed "
        + SettingsText.formatSeed(seed));
    return result.failure();
  }

  /** The failures of seeds {@code 1..last}, in order. */
  public static <O> List<Failure<O>> survey(ModelCheck<?, ?, O> check, int last) {
    List<Failure<O>> failures = new ArrayList<>();
    for (long seed = 1; seed <= last; seed++) {
      failures.add(failure(check, seed));
    }
    return failures;
  }

  /** The seed of the first failure that {@code wanted} accepts, or fails when there is none. */
  public static <O> long firstSeed(List<Failure<O>> failures, Predicate<Failure<O>> wanted, String what) {
    return failures.stream().filter(wanted).mapToLong(Failure::seed).findFirst()
        .orElseThrow(() -> new AssertionError("no seed gives " + what + "; the guide needs one"));
  }

  /** The setup and step lines of a report, without the headline and what follows them. */
  public static List<String> stepLines(Failure<?> failure) {
    return failure.report().lines().skip(1).takeWhile(line -> line.startsWith("  ")).map(String::strip).toList();
  }

  /** The call of the failing step, as the report shows it: {@code keys("_")}. */
  public static String failingCall(Failure<?> failure) {
    List<String> lines = stepLines(failure);
    return call(lines.get(lines.size() - 1));
  }

  /** The call of a report line, without what follows it. */
  public static String call(String line) {
    int arrow = line.indexOf(" -> ");
    return (arrow < 0 ? line : line.substring(0, arrow)).strip();
  }

  /** Seeds written as a list: {@code 1, 4, 9}. */
  public static String seeds(List<Long> seeds) {
    return seeds.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  /** Checks that the shrunk sequence fails, and fails no more once any one of its steps is left out. */
  public static <O> void assertNoStepCanGo(ModelCheck<?, ?, O> check, Failure<O> failure) {
    List<O> operations = failure.operations();
    assertTrue(check.fails(failure.setup(), operations), failure.report());
    for (int i = 0; i < operations.size(); i++) {
      List<O> fewer = new ArrayList<>(operations);
      fewer.remove(i);
      int left = i + 1;
      assertFalse(check.fails(failure.setup(), fewer),
          () -> "still fails without step " + left + ":\n" + failure.report());
    }
  }

  /** The names of the operations of the shrunk sequence, in order: a record {@code Inc} is {@code inc}. */
  public static List<String> operationNames(Failure<?> failure) {
    return failure.operations().stream()
        .map(op -> op.getClass().getSimpleName())
        .map(name -> Character.toLowerCase(name.charAt(0)) + name.substring(1))
        .toList();
  }

  /**
   * Compiles the printed regression test in {@code packageName} and runs it: on the buggy class it
   * must throw, what it throws is returned; with {@code new Buggy(} replaced by {@code new Fixed(}
   * it must pass.
   */
  public static Throwable regressionFailsOnBugAndPassesOnFix(
      Failure<?> failure, String packageName, String buggyClass, String fixedClass) {
    assertNotNull(failure.regressionTest(), failure.report());
    String className = "PrintedRegressionTest";
    String method = testMethod(failure.regressionTest());
    String source = failure.regressionSource(packageName, className);
    Throwable onBug = InMemoryJavac.run(InMemoryJavac.compile(packageName + "." + className, source), method);
    assertNotNull(onBug, () -> "the regression test passes on " + buggyClass + ":\n" + source);

    String fixed = source.replace("new " + buggyClass + "(", "new " + fixedClass + "(");
    Throwable onFix = InMemoryJavac.run(InMemoryJavac.compile(packageName + "." + className, fixed), method);
    assertNull(onFix, () -> "the regression test fails on " + fixedClass + ":\n" + fixed);
    return onBug;
  }

  private static String testMethod(String regressionTest) {
    return regressionTest.lines()
        .filter(line -> line.startsWith("void "))
        .map(line -> line.substring("void ".length(), line.indexOf('(')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no test method in:\n" + regressionTest));
  }
}

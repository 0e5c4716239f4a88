package dev.modelof.guide.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.Handle;
import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.guide.GuideChecks;
import dev.modelof.guide.Snippets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.opentest4j.AssertionFailedError;

/** The file system of guide/handles.md: descriptors as handles, the stale-descriptor bug found and shrunk. */
class FileSystemGuideTest {
  static final long[] SEEDS = GuideChecks.SEEDS;

  /** The failures of seeds 1 to 20, from which the guide picks the run it shows. */
  static List<Failure<FileSystemSpecOp>> survey;

  // [handles-with-impl]
  static ModelCheck<FileSystemModel, MemoryFileSystem, FileSystemSpecOp> stale() {
    return ModelCheck.of(new FileSystemSpecMachine())
        .withImpl(StaleDescriptorFileSystem.class, setup -> new StaleDescriptorFileSystem());
  }
  // [/handles-with-impl]

  @BeforeAll
  static void survey() {
    survey = GuideChecks.survey(stale(), 20);
  }

  /** The run the guide shows: the first that ends in a read through the stale descriptor. */
  static Failure<FileSystemSpecOp> shown() {
    long seed = GuideChecks.firstSeed(survey, f -> GuideChecks.failingCall(f).startsWith("read"), "a failing read");
    return GuideChecks.failure(stale(), seed);
  }

  @ParameterizedTest
  @FieldSource("SEEDS")
  void theRightFileSystemPasses(long seed) {
    Result<?> result = ModelCheck.of(new FileSystemSpecMachine()).withSettings(GuideChecks.seeded(seed)).check();
    assertTrue(result.passed(), () -> result.failure().report());
    assertEquals(List.of(), result.statistics().problems());
  }

  /**
   * Four steps: open a file, close it, open one again (which takes the freed slot), and use the
   * first descriptor, which must fail since it was closed. Every descriptor a step uses comes
   * from an open earlier in the shrunk sequence.
   */
  @ParameterizedTest
  @FieldSource("SEEDS")
  void theBugIsFoundAndShrunkAndEveryDescriptorComesFromAnEarlierOpen(long seed) {
    var check = stale();
    Failure<FileSystemSpecOp> failure = GuideChecks.failure(check, seed);
    List<String> operations = GuideChecks.operationNames(failure);
    assertEquals(List.of("open", "close", "open"), operations.subList(0, 3), failure.report());
    assertEquals(4, operations.size(), failure.report());
    List<FileSystemSpecOp> steps = failure.operations();
    FileSystemSpecMachine machine = new FileSystemSpecMachine();
    for (int i = 0; i < steps.size(); i++) {
      for (Object argument : machine.argumentsOf(steps.get(i))) {
        if (argument instanceof Handle<?> handle) {
          assertTrue(handle.step() < i, "step " + i + " uses a descriptor of a later step:\n" + failure.report());
          assertInstanceOf(FileSystemSpecOp.Open.class, steps.get(handle.step()), failure.report());
        }
      }
    }
    // the last step uses the first descriptor, the one closed
    assertEquals(new Handle<>(0), machine.argumentsOf(steps.get(3)).get(0), failure.report());
  }

  /**
   * Leaving out any one step of the shrunk sequence makes it pass; a step whose descriptor was
   * made by the step left out cannot run at all, so no sequence keeps a use without its open.
   */
  @ParameterizedTest
  @FieldSource("SEEDS")
  void noStepOfTheShrunkSequenceCanGo(long seed) {
    var check = stale();
    Failure<FileSystemSpecOp> failure = GuideChecks.failure(check, seed);
    List<FileSystemSpecOp> steps = failure.operations();
    assertTrue(check.fails(failure.setup(), steps), failure.report());
    for (int i = 0; i < steps.size(); i++) {
      List<FileSystemSpecOp> fewer = new ArrayList<>(steps);
      fewer.remove(i);
      int left = i + 1;
      assertFalse(check.fails(failure.setup(), renumbered(fewer, i)),
          () -> "still fails without step " + left + ":\n" + failure.report());
    }
  }

  @Test
  void theGuideShowsTheReportOfARealRun() {
    Snippets.assertOutput("handles-report", shown().report());
  }

  /** The printed test names each descriptor before it uses it, compiles, fails on the bug and passes on the fix. */
  @Test
  void thePrintedRegressionTestFailsOnTheBugAndPassesOnTheFix() {
    Failure<FileSystemSpecOp> failure = shown();
    String test = failure.regressionTest();
    assertTrue(test.contains("var h1 = impl.open("), test);
    Set<String> declared = new HashSet<>();
    Pattern declaration = Pattern.compile("var (h\\d+) = impl\\.open\\(");
    Pattern use = Pattern.compile("\\bh\\d+\\b");
    for (String line : test.lines().toList()) {
      Matcher declares = declaration.matcher(line);
      String name = declares.find() ? declares.group(1) : null;
      Matcher uses = use.matcher(line);
      while (uses.find()) {
        assertTrue(uses.group().equals(name) || declared.contains(uses.group()),
            uses.group() + " is used before it is declared:\n" + test);
      }
      if (name != null) {
        declared.add(name);
      }
    }
    Throwable thrown = GuideChecks.regressionFailsOnBugAndPassesOnFix(
        failure, "dev.modelof.guide.handles", "StaleDescriptorFileSystem", "MemoryFileSystem");
    assertInstanceOf(AssertionFailedError.class, thrown);
  }

  /** {@code ops} after the step at {@code dropped} was left out: later steps move down by one. */
  private static List<FileSystemSpecOp> renumbered(List<FileSystemSpecOp> ops, int dropped) {
    FileSystemSpecMachine machine = new FileSystemSpecMachine();
    List<FileSystemSpecOp> out = new ArrayList<>();
    for (FileSystemSpecOp op : ops) {
      List<Object> arguments = new ArrayList<>(machine.argumentsOf(op));
      for (int a = 0; a < arguments.size(); a++) {
        if (arguments.get(a) instanceof Handle<?> handle) {
          // a descriptor of the step left out names a step that made none: the replay cannot run it
          int step = handle.step() == dropped ? Integer.MAX_VALUE
              : handle.step() > dropped ? handle.step() - 1 : handle.step();
          arguments.set(a, new Handle<>(step));
        }
      }
      out.add(machine.operation(machine.indexOf(op), arguments));
    }
    return out;
  }
}

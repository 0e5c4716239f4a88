package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.Handle;
import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.Settings;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.ParameterInfo;
import dev.modelof.sample.FdReuseFs;
import dev.modelof.sample.FileSystemMachine;
import dev.modelof.sample.FileSystemModel;
import dev.modelof.sample.MemoryFs;
import dev.modelof.testing.InMemoryJavac;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.AssertionFailedError;

class HandlesTest {
  private static Machine<FileSystemModel, MemoryFs, FileSystemMachine.Op> buggy() {
    return Engine.withImpl(new FileSystemMachine(), FdReuseFs.class, setup -> new FdReuseFs());
  }

  private static Settings seeded(long seed) {
    return new FileSystemMachine().declared().withSeed(seed);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void aRightFileSystemPasses(long seed) {
    Result<?> result = ModelCheck.of(new FileSystemMachine()).withSettings(seeded(seed)).check();
    assertTrue(result.passed(), () -> result.failure().report());
    assertEquals(List.of(), result.statistics().problems());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void theBugIsFoundAndShrunkAndEveryHandleComesFromAKeptStep(long seed) {
    Machine<FileSystemModel, MemoryFs, FileSystemMachine.Op> machine = buggy();
    Failure<?> failure = ModelCheck.of(machine).withSettings(seeded(seed)).check().failure();
    assertNotNull(failure, "the bug was not found");
    // open, close it, open again (which takes the closed descriptor), use the first: it should be closed
    assertEquals(4, failure.length(), failure.report());
    List<FileSystemMachine.Op> ops = ops(failure);
    for (int i = 0; i < ops.size(); i++) {
      for (Object arg : machine.argumentsOf(ops.get(i))) {
        if (arg instanceof Handle<?> handle) {
          assertTrue(handle.step() < i, "step " + i + " uses a handle of a later step:\n" + failure.report());
          assertInstanceOf(FileSystemMachine.Open.class, ops.get(handle.step()), failure.report());
        }
      }
    }
    assertTrue(ModelCheck.of(machine).fails(failure.setup(), ops));
  }

  @Test
  void droppingAnyStepOfTheShrunkSequenceMakesItPassOrLeavesAHandleWithoutItsStep() {
    Machine<FileSystemModel, MemoryFs, FileSystemMachine.Op> machine = buggy();
    Failure<?> failure = ModelCheck.of(machine).withSettings(seeded(11)).check().failure();
    List<FileSystemMachine.Op> ops = ops(failure);
    for (int i = 0; i < ops.size(); i++) {
      List<FileSystemMachine.Op> fewer = new ArrayList<>(ops);
      fewer.remove(i);
      assertFalse(ModelCheck.of(machine).fails(failure.setup(), renumber(machine, fewer, i)),
          "still fails without step " + i + ":\n" + failure.report());
    }
  }

  /** The handles of {@code ops} after dropping the step at {@code dropped}: later positions move down by one. */
  private static List<FileSystemMachine.Op> renumber(Machine<FileSystemModel, MemoryFs, FileSystemMachine.Op> machine,
      List<FileSystemMachine.Op> ops, int dropped) {
    List<FileSystemMachine.Op> out = new ArrayList<>();
    for (FileSystemMachine.Op op : ops) {
      List<Object> args = new ArrayList<>(machine.argumentsOf(op));
      for (int a = 0; a < args.size(); a++) {
        if (args.get(a) instanceof Handle<?> handle) {
          // a handle of the dropped step points at a step that made none: the replay cannot run it
          int step = handle.step() == dropped ? Integer.MAX_VALUE : handle.step() > dropped ? handle.step() - 1 : handle.step();
          args.set(a, new Handle<>(step));
        }
      }
      out.add(machine.operation(machine.indexOf(op), args));
    }
    return out;
  }

  @Test
  void theRegressionTestNamesHandlesAndCompilesFailsAndPassesOnceFixed() {
    Failure<?> failure = ModelCheck.of(buggy()).withSettings(seeded(12)).check().failure();
    String test = failure.regressionTest();
    assertTrue(test.contains("    var h1 = impl.open("), test);
    Set<String> declared = new HashSet<>();
    for (String line : test.lines().toList()) {
      Matcher uses = Pattern.compile("\\bh(\\d+)\\b").matcher(line);
      Matcher declares = Pattern.compile("var (h\\d+) = impl\\.open\\(").matcher(line);
      boolean declaration = declares.find();
      while (uses.find()) {
        String name = "h" + uses.group(1);
        assertTrue(declaration && name.equals(declares.group(1)) || declared.contains(name),
            name + " is used before it is declared:\n" + test);
      }
      if (declaration) {
        declared.add(declares.group(1));
      }
    }
    String source = failure.regressionSource("dev.modelof.sample", "FsRegressionTest");
    Class<?> buggy = InMemoryJavac.compile("dev.modelof.sample.FsRegressionTest", source);
    Throwable thrown = InMemoryJavac.run(buggy, "fileSystemSpecRegression");
    assertNotNull(thrown, source);
    assertTrue(thrown instanceof AssertionFailedError || thrown instanceof IllegalStateException, source);
    String fixedSource = source.replace("new FdReuseFs()", "new MemoryFs()");
    Class<?> fixed = InMemoryJavac.compile("dev.modelof.sample.FsRegressionTest", fixedSource);
    assertNull(InMemoryJavac.run(fixed, "fileSystemSpecRegression"), fixedSource);
  }

  @Test
  void anOperationWhoseHandleNoStepMakesIsReportedByTheHealthCheck() {
    Machine<FileSystemModel, MemoryFs, FileSystemMachine.Op> machine = new ForwardingMachine<>(new FileSystemMachine()) {
      @Override
      public List<OperationInfo> operations() {
        // the handles are declared of a type that open does not return
        List<OperationInfo> operations = new ArrayList<>();
        for (OperationInfo operation : super.operations()) {
          List<ParameterInfo> params = operation.parameters().stream()
              .map(p -> p.isHandle() ? ParameterInfo.handle(p.name(), long.class) : p).toList();
          operations.add(new OperationInfo(operation.name(), operation.weight(), params, operation.resultKind(),
              operation.handleType(), operation.viaAdapter(), operation.comparison(), operation.sameMethod()));
        }
        return operations;
      }
    };
    Result<?> result = ModelCheck.of(machine).withSettings(seeded(13)).check();
    assertTrue(result.passed(), () -> result.failure().report());
    List<String> problems = result.statistics().problems();
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).matches("write never ran: no step made the long handle it takes in \\d+ draws\\."
        + " Mark the operation that returns one @Ref\\."), problems.get(0));
  }

  @SuppressWarnings("unchecked")
  private static List<FileSystemMachine.Op> ops(Failure<?> failure) {
    return (List<FileSystemMachine.Op>) (List<?>) failure.operations();
  }
}

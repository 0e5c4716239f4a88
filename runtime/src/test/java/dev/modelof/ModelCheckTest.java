package dev.modelof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.engine.Engine;
import dev.modelof.internal.Machine;
import dev.modelof.internal.SettingsText;
import dev.modelof.sample.BrokenStack;
import dev.modelof.sample.FactoryBuiltStack;
import dev.modelof.sample.StackMachine;
import dev.modelof.sample.StackModel;
import dev.modelof.testing.InMemoryJavac;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.AssertionFailedError;

class ModelCheckTest {
  private static Machine<StackModel, dev.modelof.sample.BoundedStack, StackMachine.Op> broken(boolean precondition) {
    return Engine.withImpl(new StackMachine(precondition), BrokenStack.class, setup -> new BrokenStack(setup.arg(0)));
  }

  private static Settings seeded(long seed) {
    return new StackMachine(false).declared().withSeed(seed);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 0x5DEECE66DL})
  void aRightImplementationPasses(long seed) {
    Result<?> result = ModelCheck.of(new StackMachine(false)).withSettings(seeded(seed)).check();
    assertTrue(result.passed(), () -> result.failure().report());
    assertEquals(200, result.tries());
    assertTrue(result.steps() > 200 * 10, "steps run: " + result.steps());
  }

  /** A variant that a function builds and no constructor for the setup could: the report says so loudly. */
  @Test
  void aVariantWithoutAConstructorForTheSetupHasNoRegressionTestAndTheReportSaysWhy() {
    Failure<?> failure = ModelCheck.of(new StackMachine(false))
        .withImpl(FactoryBuiltStack.class, setup -> FactoryBuiltStack.of(setup.arg(0)))
        .withSettings(seeded(1)).check().failure();
    assertNotNull(failure, "the bug was not found");
    assertNull(failure.regressionTest(), failure.report());
    assertTrue(failure.report().contains("No regression test: FactoryBuiltStack was built by the function given to"
        + " withImpl, and it has no public constructor taking (Integer) that a test could call instead; to get a"
        + " regression test, give withImpl the Java that builds it too"), failure.report());
  }

  /** The same variant with the Java that builds it: the printed test builds it so, compiles and fails on the bug. */
  @Test
  void aVariantBuiltByTheGivenJavaHasARegressionTestThatCompilesAndFails() {
    Failure<?> failure = ModelCheck.of(new StackMachine(false))
        .withImpl(FactoryBuiltStack.class, setup -> FactoryBuiltStack.of(setup.arg(0)),
            args -> "FactoryBuiltStack.of(" + String.join(", ", args) + ")")
        .withSettings(seeded(1)).check().failure();
    assertNotNull(failure, "the bug was not found");
    assertNotNull(failure.regressionTest(), failure.report());
    assertTrue(failure.regressionTest().contains("    var impl = FactoryBuiltStack.of(1);\n"), failure.report());
    String source = failure.regressionSource("dev.modelof.sample", "FactoryBuiltStackRegressionTest");
    Class<?> test = InMemoryJavac.compile("dev.modelof.sample.FactoryBuiltStackRegressionTest", source);
    assertInstanceOf(AssertionFailedError.class, InMemoryJavac.run(test, "stackSpecRegression"), source);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 0x5DEECE66DL})
  void aBugIsFoundAndShrunkToItsShortestSequence(long seed) {
    Result<?> result = ModelCheck.of(broken(false)).withSettings(seeded(seed)).check();
    Failure<?> failure = result.failure();
    assertNotNull(failure, "the bug was not found");
    // capacity 1: push, push (the count passes the capacity), then size or a second pop shows it
    assertEquals(3, failure.length(), failure.report());
    assertEquals(List.of(1), failure.setup().args(), failure.report());
    assertTrue(failure.originalLength() >= failure.length());
    assertTrue(failure.report().startsWith("StackSpec: BrokenStack disagrees with the model after 3 steps (shrunk from "
        + failure.originalLength() + "; seed " + SettingsText.formatSeed(seed) + ", try " + failure.tryNumber() + ")\n"),
        failure.report());
    assertTrue(failure.report().contains("  capacity = 1\n  push(0)\n  push(0)\n"), failure.report());
    assertTrue(failure.report().contains("<-- here\nReplay: -Dmodelof.seed=" + SettingsText.formatSeed(seed) + "\n"),
        failure.report());
  }

  @Test
  void theShrunkSequenceIsOneMinimal() {
    Machine<StackModel, dev.modelof.sample.BoundedStack, StackMachine.Op> machine = broken(false);
    Failure<?> failure = ModelCheck.of(machine).withSettings(seeded(7)).check().failure();
    List<StackMachine.Op> ops = ops(failure);
    assertTrue(ModelCheck.of(machine).fails(failure.setup(), ops));
    for (int i = 0; i < ops.size(); i++) {
      List<StackMachine.Op> fewer = new ArrayList<>(ops);
      fewer.remove(i);
      assertFalse(ModelCheck.of(machine).fails(failure.setup(), fewer), "still fails without step " + i);
    }
  }

  @Test
  void aPreconditionHoldsForEveryKeptStep() {
    Machine<StackModel, dev.modelof.sample.BoundedStack, StackMachine.Op> machine = broken(true);
    for (long seed = 1; seed <= 10; seed++) {
      Failure<?> failure = ModelCheck.of(machine).withSettings(seeded(seed)).check().failure();
      int depth = 0;
      for (StackMachine.Op op : ops(failure)) {
        if (op instanceof StackMachine.Pop) {
          assertTrue(depth > 0, "pop on an empty stack was kept:\n" + failure.report());
          depth--;
        } else if (op instanceof StackMachine.Push) {
          depth++;
        }
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameReport() {
    String first = ModelCheck.of(broken(false)).withSettings(seeded(99)).check().failure().report();
    String second = ModelCheck.of(broken(false)).withSettings(seeded(99)).check().failure().report();
    assertEquals(first, second);
  }

  @Test
  void theRegressionTestCompilesFailsOnTheBugAndPassesOnceFixed() {
    Failure<?> failure = ModelCheck.of(broken(false)).withSettings(seeded(5)).check().failure();
    String source = failure.regressionSource("dev.modelof.sample", "StackRegressionTest");
    assertTrue(failure.report().contains(failure.regressionTest().lines().findFirst().orElseThrow()));
    Class<?> buggy = InMemoryJavac.compile("dev.modelof.sample.StackRegressionTest", source);
    assertInstanceOf(AssertionFailedError.class, InMemoryJavac.run(buggy, "stackSpecRegression"), source);

    String fixedSource = source.replace("new BrokenStack(", "new BoundedStack(");
    Class<?> fixed = InMemoryJavac.compile("dev.modelof.sample.StackRegressionTest", fixedSource);
    assertNull(InMemoryJavac.run(fixed, "stackSpecRegression"), fixedSource);
  }

  @Test
  void runThrowsAnAssertionErrorCarryingTheReport() {
    System.setProperty("modelof.seed", "0x2A");
    try {
      AssertionFailedError error = assertThrows(AssertionFailedError.class, () -> ModelCheck.run(broken(false)));
      assertTrue(error.getMessage().contains("seed 0x2A, try "), error.getMessage());
    } finally {
      System.clearProperty("modelof.seed");
    }
  }

  @Test
  void aMalformedPropertyIsAMessageWithoutStackTrace() {
    System.setProperty("modelof.tries", "lots");
    try {
      SettingsException error = assertThrows(SettingsException.class, () -> ModelCheck.run(new StackMachine(false)));
      assertEquals("modelof.tries must be a whole number of at least 1, not 'lots'", error.getMessage());
      assertEquals(0, error.getStackTrace().length);
    } finally {
      System.clearProperty("modelof.tries");
    }
  }

  @Test
  void aRunThatRanNoTryFailsSayingWhy() {
    System.setProperty("modelof.duration", "0s");
    try {
      SettingsException error = assertThrows(SettingsException.class, () -> ModelCheck.run(new StackMachine(false)));
      assertEquals("StackSpec: no try ran, so nothing was tested: the burn-in (modelof.duration) of 0ms was over"
          + " before the first try began. Give it a longer time, or leave it out to run 200 tries.", error.getMessage());
    } finally {
      System.clearProperty("modelof.duration");
    }
    SettingsException none = assertThrows(SettingsException.class,
        () -> ModelCheck.of(new StackMachine(false)).withTries(0).check());
    assertEquals("StackSpec: no try ran, so nothing was tested: the run was set to 0 tries; it needs at least 1.",
        none.getMessage());
  }

  @SuppressWarnings("unchecked")
  private static List<StackMachine.Op> ops(Failure<?> failure) {
    return (List<StackMachine.Op>) (List<?>) failure.operations();
  }
}

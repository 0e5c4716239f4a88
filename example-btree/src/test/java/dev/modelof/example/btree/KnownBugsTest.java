package dev.modelof.example.btree;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.modelof.Failure;
import dev.modelof.Gen;
import dev.modelof.Machine;
import dev.modelof.ModelCheck;
import dev.modelof.Operation;
import dev.modelof.Param;
import dev.modelof.Result;
import dev.modelof.Setup;
import dev.modelof.example.btree.bugs.BorrowLeftTakesWrongChild;
import dev.modelof.example.btree.bugs.BorrowRightLosesLastChild;
import dev.modelof.example.btree.bugs.MergeDropsLastChild;
import dev.modelof.example.btree.bugs.PredecessorSkipsFill;
import dev.modelof.testing.InMemoryJavac;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Meta-tests: bugs that only sequences of ten or more operations show are found with the spec's
 * declared settings in at least 9 of 10 seeds, and every shrunk result is 1-minimal: dropping any
 * single step, or shrinking any single argument or setup value one step further, makes the failure
 * disappear.
 */
class KnownBugsTest {
  private static final int SEEDS = 10;

  static Stream<Arguments> bugs() {
    return Stream.of(
        arguments(MergeDropsLastChild.class.getCanonicalName(), (IntFunction<BTree>) MergeDropsLastChild::new),
        arguments(BorrowLeftTakesWrongChild.class.getCanonicalName(), (IntFunction<BTree>) BorrowLeftTakesWrongChild::new),
        arguments(BorrowRightLosesLastChild.class.getCanonicalName(), (IntFunction<BTree>) BorrowRightLosesLastChild::new),
        arguments(PredecessorSkipsFill.class.getCanonicalName(), (IntFunction<BTree>) PredecessorSkipsFill::new));
  }

  private static Machine<TreeMapModel, BTree, BTreeSpecOp> against(String variant, IntFunction<BTree> build) {
    return new BTreeSpecMachine().withImpl(variant, setup -> build.apply(setup.arg(0)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bugs")
  void foundInNineOfTenSeedsAndShrunkToAOneMinimalSequence(String variant, IntFunction<BTree> build) {
    Machine<TreeMapModel, BTree, BTreeSpecOp> machine = against(variant, build);
    int found = 0;
    StringBuilder lengths = new StringBuilder();
    for (long seed = 1; seed <= SEEDS; seed++) {
      Result result = ModelCheck.check(machine, machine.declared().withSeed(seed));
      if (result.passed()) {
        continue;
      }
      found++;
      Failure failure = result.failure();
      lengths.append(' ').append(failure.length());
      assertTrue(failure.length() >= 10, "a depth bug shown in fewer than 10 steps:\n" + failure.report());
      assertOneMinimal(machine, failure);
    }
    System.out.println(variant + ": found in " + found + " of " + SEEDS + " seeds; shrunk lengths" + lengths);
    assertTrue(found >= 9, variant + " found in only " + found + " of " + SEEDS + " seeds; lengths" + lengths);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bugs")
  void thePrintedRegressionTestFailsOnTheBugAndPassesOnTheRealTree(String variant, IntFunction<BTree> build) {
    Machine<TreeMapModel, BTree, BTreeSpecOp> machine = against(variant, build);
    Failure failure = null;
    for (long seed = 1; failure == null; seed++) {
      failure = ModelCheck.check(machine, machine.declared().withSeed(seed)).failure();
    }
    String simpleName = variant.substring(variant.lastIndexOf('.') + 1);
    String source = failure.regressionSource("dev.modelof.example.btree", "BTreeRegressionTest");
    Class<?> buggy = InMemoryJavac.compile("dev.modelof.example.btree.BTreeRegressionTest", source);
    assertInstanceOf(Throwable.class, InMemoryJavac.run(buggy, "bTreeSpecRegression"), source);

    String fixedSource = source.replace("import " + variant + ";", "").replace("new " + simpleName + "(", "new BTree(");
    Class<?> fixed = InMemoryJavac.compile("dev.modelof.example.btree.BTreeRegressionTest", fixedSource);
    assertNull(InMemoryJavac.run(fixed, "bTreeSpecRegression"), fixedSource);
  }

  @Test
  void theRealTreePassesUnderManySeeds() {
    BTreeSpecMachine machine = new BTreeSpecMachine();
    for (long seed = 1; seed <= 30; seed++) {
      Result result = ModelCheck.check(machine, machine.declared().withSeed(seed));
      assertTrue(result.passed(), () -> result.failure().report());
    }
  }

  /** Checks every single-step removal and every single one-step shrink of an argument. */
  @SuppressWarnings("unchecked") // arguments come from the generators of their parameters
  private static void assertOneMinimal(Machine<TreeMapModel, BTree, BTreeSpecOp> machine, Failure failure) {
    List<BTreeSpecOp> ops = (List<BTreeSpecOp>) (List<?>) failure.operations();
    Setup setup = failure.setup();
    assertTrue(ModelCheck.fails(machine, setup, ops), failure.report());
    for (int i = 0; i < ops.size(); i++) {
      List<BTreeSpecOp> fewer = new ArrayList<>(ops);
      fewer.remove(i);
      assertFalse(ModelCheck.fails(machine, setup, fewer), "still fails without step " + (i + 1) + ":\n" + failure.report());
    }
    List<Param> setupParams = machine.factories().get(setup.factory()).params();
    for (int arg = 0; arg < setupParams.size(); arg++) {
      for (Object smaller : ((Gen<Object>) setupParams.get(arg).gen()).shrink(setup.args().get(arg))) {
        assertFalse(ModelCheck.fails(machine, setup.with(arg, smaller), ops),
            "still fails with setup value " + smaller + ":\n" + failure.report());
      }
    }
    for (int i = 0; i < ops.size(); i++) {
      int index = machine.indexOf(ops.get(i));
      Operation operation = machine.operations().get(index);
      List<Object> args = machine.argumentsOf(ops.get(i));
      for (int arg = 0; arg < args.size(); arg++) {
        for (Object smaller : ((Gen<Object>) operation.params().get(arg).gen()).shrink(args.get(arg))) {
          List<Object> changed = new ArrayList<>(args);
          changed.set(arg, smaller);
          List<BTreeSpecOp> candidate = new ArrayList<>(ops);
          candidate.set(i, machine.operation(index, changed));
          assertFalse(ModelCheck.fails(machine, setup, candidate),
              "still fails with " + smaller + " as argument " + (arg + 1) + " of step " + (i + 1) + ":\n" + failure.report());
        }
      }
    }
  }
}

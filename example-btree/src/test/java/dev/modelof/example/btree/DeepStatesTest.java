package dev.modelof.example.btree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.example.btree.bugs.BorrowLeftTakesWrongChild;
import dev.modelof.example.btree.bugs.BorrowRightLosesLastChild;
import dev.modelof.example.btree.bugs.MergeDropsLastChild;
import dev.modelof.example.btree.bugs.PredecessorSkipsFill;
import dev.modelof.example.btree.heap.GrowLosesLast;
import dev.modelof.example.btree.heap.IntHeap;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Default runs reach deep states without tuning: {@link PlainBTreeSpec}, written as a user first
 * writes it, finds each known bug, which needs ten or more steps that grow the tree, in at least
 * 27 of 30 seeds.
 */
class DeepStatesTest {
  private static final int SEEDS = 30;

  static Stream<Arguments> bugs() {
    return Stream.of(
        arguments(MergeDropsLastChild.class, (IntFunction<BTree>) MergeDropsLastChild::new, 30),
        arguments(BorrowLeftTakesWrongChild.class, (IntFunction<BTree>) BorrowLeftTakesWrongChild::new, 30),
        arguments(BorrowRightLosesLastChild.class, (IntFunction<BTree>) BorrowRightLosesLastChild::new, 30),
        arguments(PredecessorSkipsFill.class, (IntFunction<BTree>) PredecessorSkipsFill::new, 27));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bugs")
  void aPlainSpecFindsTheBugAtDefaults(Class<? extends BTree> variant, IntFunction<BTree> build, int atLeast) {
    ModelCheck<PlainBTreeSpec.Model, BTree, PlainBTreeSpecOp> check =
        ModelCheck.of(new PlainBTreeSpecMachine()).withImpl(variant, setup -> build.apply(setup.arg(0)));
    int found = 0;
    StringBuilder tries = new StringBuilder();
    for (long seed = 1; seed <= SEEDS; seed++) {
      Result<PlainBTreeSpecOp> result = check.withSeed(seed).check();
      if (!result.passed()) {
        found++;
        tries.append(' ').append(result.tries());
      }
    }
    System.out.println(variant.getSimpleName() + ": plain spec found it in " + found + " of " + SEEDS
        + " seeds; at tries" + tries);
    assertTrue(found >= atLeast, variant.getSimpleName() + " found in only " + found + " of " + SEEDS
        + " seeds (at tries" + tries + ")");
  }

  /** The heap loses a value when its array first grows: seventeen values at once, at equal weights. */
  @Test
  void aPlainSpecFindsAHeapBugThatNeedsSeventeenValuesAtOnce() {
    ModelCheck<PlainHeapSpec.Model, IntHeap, PlainHeapSpecOp> check =
        ModelCheck.of(new PlainHeapSpecMachine()).withImpl(GrowLosesLast.class, setup -> new GrowLosesLast());
    int found = 0;
    StringBuilder tries = new StringBuilder();
    for (long seed = 1; seed <= SEEDS; seed++) {
      Result<PlainHeapSpecOp> result = check.withSeed(seed).check();
      if (!result.passed()) {
        found++;
        tries.append(' ').append(result.tries());
        assertTrue(result.failure().length() >= 18, result.failure().report());
      }
    }
    System.out.println("GrowLosesLast: plain spec found it in " + found + " of " + SEEDS + " seeds; at tries" + tries);
    assertEquals(SEEDS, found, "GrowLosesLast found in only " + found + " of " + SEEDS + " seeds (at tries" + tries + ")");
  }
}

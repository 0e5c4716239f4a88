package dev.modelof.bench;

import dev.modelof.engine.Engine;
import dev.modelof.example.btree.BTree;
import dev.modelof.example.btree.BTreeSpecMachine;
import dev.modelof.example.btree.BTreeSpecOp;
import dev.modelof.example.btree.TreeMapModel;
import dev.modelof.example.btree.bugs.BorrowLeftTakesWrongChild;
import dev.modelof.example.btree.bugs.BorrowRightLosesLastChild;
import dev.modelof.example.btree.bugs.MergeDropsLastChild;
import dev.modelof.example.btree.bugs.PredecessorSkipsFill;
import dev.modelof.internal.Machine;
import java.util.List;
import java.util.function.IntFunction;

/** What the benchmarks run of the B-tree example. */
public final class BTreeBench {
  private BTreeBench() {}

  /** The correct tree against its model. */
  public static Machine<?, ?, ?> machine() {
    return new BTreeSpecMachine();
  }

  /** Each known-bug variant against the model. */
  public static List<Variant> variants() {
    return List.of(
        variant(MergeDropsLastChild.class, MergeDropsLastChild::new),
        variant(BorrowLeftTakesWrongChild.class, BorrowLeftTakesWrongChild::new),
        variant(BorrowRightLosesLastChild.class, BorrowRightLosesLastChild::new),
        variant(PredecessorSkipsFill.class, PredecessorSkipsFill::new));
  }

  private static Variant variant(Class<? extends BTree> type, IntFunction<BTree> build) {
    Machine<TreeMapModel, BTree, BTreeSpecOp> machine =
        Engine.withImpl(new BTreeSpecMachine(), type, setup -> build.apply(setup.arg(0)));
    return new Variant("BTreeSpec", type.getSimpleName(), machine);
  }
}

package dev.modelof.example.btree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.modelof.Result;
import dev.modelof.Settings;
import dev.modelof.engine.Engine;
import dev.modelof.example.btree.bugs.BorrowLeftTakesWrongChild;
import dev.modelof.example.btree.bugs.MergeDropsLastChild;
import dev.modelof.example.btree.bugs.PredecessorSkipsFill;
import dev.modelof.example.btree.heap.GrowLosesLast;
import dev.modelof.example.btree.heap.IntHeap;
import dev.modelof.internal.Machine;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The search runs each try unrecorded first, through the generated {@code runUnrecorded}, and
 * again recorded only when a step did not simply agree. That must change nothing a user sees:
 * with it and without it, the same seed gives the same verdict, tries, steps, statistics and
 * report, for specs with an invariant, preconditions, setups and size-like operations, on correct
 * classes and on bugs found early or late.
 */
class UnrecordedTriesTest {
  static Stream<Arguments> runs() {
    return Stream.of(
        Arguments.of("BTreeSpec, BTree", new BTreeSpecMachine()),
        Arguments.of("BTreeSpec, MergeDropsLastChild",
            Engine.withImpl(new BTreeSpecMachine(), MergeDropsLastChild.class, setup -> new MergeDropsLastChild(setup.arg(0)))),
        Arguments.of("PlainBTreeSpec, BTree", new PlainBTreeSpecMachine()),
        Arguments.of("PlainBTreeSpec, BorrowLeftTakesWrongChild", Engine.withImpl(new PlainBTreeSpecMachine(),
            BorrowLeftTakesWrongChild.class, setup -> new BorrowLeftTakesWrongChild(setup.arg(0)))),
        Arguments.of("PlainBTreeSpec, PredecessorSkipsFill", Engine.withImpl(new PlainBTreeSpecMachine(),
            PredecessorSkipsFill.class, setup -> new PredecessorSkipsFill(setup.arg(0)))),
        Arguments.of("PlainHeapSpec, IntHeap", new PlainHeapSpecMachine()),
        Arguments.of("PlainHeapSpec, GrowLosesLast",
            Engine.withImpl(new PlainHeapSpecMachine(), IntHeap.class, setup -> new GrowLosesLast())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void sameOutcomeAsRecordedTries(String name, Machine<?, ?, ?> machine) {
    for (long seed = 1; seed <= 3; seed++) {
      Settings settings = machine.declared().withSeed(seed).withWorkers(1);
      Result<?> unrecorded = Engine.check(machine, settings);
      Result<?> recorded = Engine.checkRecorded(machine, settings);
      String where = name + ", seed " + seed;
      assertEquals(recorded.passed(), unrecorded.passed(), where);
      assertEquals(recorded.tries(), unrecorded.tries(), where);
      assertEquals(recorded.steps(), unrecorded.steps(), where);
      assertEquals(recorded.statistics(), unrecorded.statistics(), where);
      if (!recorded.passed()) {
        assertEquals(withoutMessages(recorded.failure().report()), withoutMessages(unrecorded.failure().report()), where);
      }
    }
  }

  /**
   * The report without the messages of the exceptions it names: once a throw in compiled code is
   * hot, HotSpot may throw a shared exception without a message (-XX:+OmitStackTraceInFastThrow),
   * which the report says, so whether a message shows depends on what ran in the JVM before.
   */
  private static String withoutMessages(String report) {
    return report.replaceAll("(throws [\\w.$]+)(: | \\()[^\\n]*?( +<-- here)?\n", "$1$3\n");
  }
}

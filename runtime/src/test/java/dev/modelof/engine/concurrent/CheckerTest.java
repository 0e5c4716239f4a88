package dev.modelof.engine.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Setup;
import dev.modelof.internal.InvariantInfo;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.Refs;
import dev.modelof.internal.SetupInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The checker on histories written by hand: a hit counter whose {@code hit()} returns the new
 * count, with and without memoization on model states.
 */
class CheckerTest {
  /** The model: equal when the counts are. */
  static final class Count {
    int hits;

    @Override
    public boolean equals(Object other) {
      return other instanceof Count that && hits == that.hits;
    }

    @Override
    public int hashCode() {
      return hits;
    }
  }

  /** The one operation, {@code int hit()}. */
  record Hit() {}

  /** A machine of the counter, the implementation never called: the tests write its outcomes. */
  static class CounterMachine implements Machine<Count, Count, Hit> {
    private final boolean memo;

    CounterMachine(boolean memo) {
      this.memo = memo;
    }

    @Override
    public Class<?> specType() {
      return Count.class;
    }

    @Override
    public Class<?> implType() {
      return Count.class;
    }

    @Override
    public List<SetupInfo> setups() {
      return List.of(SetupInfo.of("model"));
    }

    @Override
    public List<OperationInfo> operations() {
      return List.of(OperationInfo.value("hit"));
    }

    @Override
    public List<InvariantInfo> invariants() {
      return List.of();
    }

    @Override
    public Count newModel(Setup setup) {
      return new Count();
    }

    @Override
    public Count newImpl(Setup setup) {
      return new Count();
    }

    @Override
    public Hit operation(int index, List<Object> args) {
      return new Hit();
    }

    @Override
    public int indexOf(Hit op) {
      return 0;
    }

    @Override
    public List<Object> argumentsOf(Hit op) {
      return List.of();
    }

    @Override
    public boolean enabled(int index, Count model) {
      return true;
    }

    @Override
    public boolean accepts(Hit op, Count model, Refs refs) {
      return true;
    }

    @Override
    public Object applyToModel(Hit op, Count model, Refs refs) {
      return ++model.hits;
    }

    @Override
    public Object applyToImpl(Hit op, Count impl, Refs refs) {
      return ++impl.hits;
    }

    @Override
    public boolean sameResult(Hit op, Object modelResult, Object implResult) {
      return Objects.equals(modelResult, implResult);
    }

    @Override
    public boolean invariant(int index, Count model, Count impl) {
      return true;
    }

    @Override
    public boolean modelHasValueEquality() {
      return memo;
    }
  }

  private static Scenario<Hit> scenario(int... callsPerThread) {
    int id = 0;
    List<List<Call<Hit>>> threads = new ArrayList<>();
    for (int calls : callsPerThread) {
      List<Call<Hit>> branch = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        branch.add(new Call<>(id++, new Hit()));
      }
      threads.add(branch);
    }
    return new Scenario<>(new Setup(0, List.of()), List.of(), threads, List.of());
  }

  /** Thread t's call i ran from {@code from} to {@code to} and returned {@code result}. */
  private static void call(History history, int t, int i, long from, long to, int result) {
    history.invoked[t][i] = from;
    history.returned[t][i] = to;
    history.threads[t][i] = result;
  }

  private static LinearizabilityChecker<Count, Count, Hit> checker(Scenario<Hit> scenario, boolean memo) {
    ModelSide<Count, Count, Hit> side = new ModelSide<>(new CounterMachine(memo));
    LinearizabilityChecker<Count, Count, Hit> checker = new LinearizabilityChecker<>(side, new Interleavings<>(side));
    checker.begin(scenario);
    return checker;
  }

  @Test
  void twoOverlappingHitsThatBothReturnOneAreARace() {
    Scenario<Hit> scenario = scenario(1, 1);
    History history = new History(scenario);
    call(history, 0, 0, 0, 10, 1);
    call(history, 1, 0, 5, 15, 1);
    LinearizabilityChecker<Count, Count, Hit> checker = checker(scenario, false);
    assertEquals(LinearizabilityChecker.Verdict.VIOLATION, checker.check(history));
    assertEquals("No order of the calls explains these results: thread 1's hit() then thread 2's hit() would return 2"
        + " on the model, but it returned 1; thread 2's hit() then thread 1's hit() would return 2 on the model, but"
        + " it returned 1.", checker.explain(history, RaceReport.ORDERS_LISTED));
  }

  @Test
  void overlappingHitsMayTakeEffectInEitherOrder() {
    Scenario<Hit> scenario = scenario(1, 1);
    LinearizabilityChecker<Count, Count, Hit> checker = checker(scenario, false);
    History firstFirst = new History(scenario);
    call(firstFirst, 0, 0, 0, 10, 1);
    call(firstFirst, 1, 0, 5, 15, 2);
    assertEquals(LinearizabilityChecker.Verdict.LINEARIZABLE, checker.check(firstFirst));
    History secondFirst = new History(scenario);
    call(secondFirst, 0, 0, 0, 10, 2);
    call(secondFirst, 1, 0, 5, 15, 1);
    assertEquals(LinearizabilityChecker.Verdict.LINEARIZABLE, checker.check(secondFirst));
    assertEquals(Set.of(List.of(1, 2), List.of(2, 1)), new Interleavings<>(new ModelSide<>(new CounterMachine(false)))
        .outcomes(scenario, 10));
  }

  /** A comparison of the spec's that throws agrees with no order, as a failing step; the check goes on. */
  @Test
  void aComparisonThatThrowsAgreesWithNoOrder() {
    Scenario<Hit> scenario = scenario(1, 1);
    ModelSide<Count, Count, Hit> side = new ModelSide<>(new CounterMachine(false) {
      @Override
      public boolean sameResult(Hit op, Object modelResult, Object implResult) {
        throw new IllegalStateException("cannot compare");
      }
    });
    LinearizabilityChecker<Count, Count, Hit> checker = new LinearizabilityChecker<>(side, new Interleavings<>(side));
    checker.begin(scenario);
    History history = new History(scenario);
    call(history, 0, 0, 0, 10, 1);
    call(history, 1, 0, 5, 15, 2);
    assertEquals(LinearizabilityChecker.Verdict.VIOLATION, checker.check(history));
  }

  /** Sequentially consistent, but thread 2's hit began after thread 1's returned 2: not linearizable. */
  @Test
  void realTimeOrderCounts() {
    Scenario<Hit> scenario = scenario(1, 1);
    History history = new History(scenario);
    call(history, 0, 0, 0, 10, 2);
    call(history, 1, 0, 20, 30, 1);
    assertEquals(LinearizabilityChecker.Verdict.VIOLATION, checker(scenario, false).check(history));
    History overlapping = new History(scenario);
    call(overlapping, 0, 0, 0, 25, 2);
    call(overlapping, 1, 0, 20, 30, 1);
    assertEquals(LinearizabilityChecker.Verdict.LINEARIZABLE, checker(scenario, false).check(overlapping));
  }

  /**
   * Random histories of 3 threads x 3 hits: the search with memoization on model states gives the
   * verdict of the plain search, and a run is linearizable exactly when the results, sorted by
   * the order the intervals force, can be numbered 1 to 9 (brute force over all 9! orders).
   */
  @Test
  void memoizationChangesNoVerdict() {
    Random random = new Random(7);
    Scenario<Hit> scenario = scenario(3, 3, 3);
    int violations = 0;
    for (int round = 0; round < 300; round++) {
      History history = new History(scenario);
      // results numbered by a random interleaving of the threads, then two of them swapped half the time
      int[][] results = new int[3][3];
      int[] cursors = new int[3];
      for (int next = 1; next <= 9; next++) {
        int t;
        do {
          t = random.nextInt(3);
        } while (cursors[t] == 3);
        results[t][cursors[t]++] = next;
      }
      if (random.nextBoolean()) {
        int t = random.nextInt(3);
        int u = random.nextInt(3);
        int a = random.nextInt(3);
        int b = random.nextInt(3);
        int swapped = results[t][a];
        results[t][a] = results[u][b];
        results[u][b] = swapped;
      }
      long[] clock = new long[3];
      for (int t = 0; t < 3; t++) {
        clock[t] = random.nextInt(5);
        for (int i = 0; i < 3; i++) {
          long from = clock[t] + random.nextInt(4);
          long to = from + 1 + random.nextInt(6);
          call(history, t, i, from, to, results[t][i]);
          clock[t] = to + 1;
        }
      }
      LinearizabilityChecker.Verdict plain = checker(scenario, false).check(history);
      assertEquals(plain, checker(scenario, true).check(history));
      assertEquals(bruteForce(history), plain == LinearizabilityChecker.Verdict.LINEARIZABLE);
      violations += plain == LinearizabilityChecker.Verdict.VIOLATION ? 1 : 0;
    }
    assertTrue(violations > 0 && violations < 300, violations + " of 300 were races");
  }

  /** Whether some order of the 9 calls, each thread's in order and respecting real time, returns 1..9 in turn. */
  private static boolean bruteForce(History history) {
    return place(history, new int[3], 1);
  }

  private static boolean place(History history, int[] cursors, int next) {
    if (next == 10) {
      return true;
    }
    for (int t = 0; t < 3; t++) {
      if (cursors[t] == 3 || !history.threads[t][cursors[t]].equals(next)) {
        continue;
      }
      boolean minimal = true;
      for (int u = 0; u < 3; u++) {
        if (u != t && cursors[u] < 3 && history.before(u, cursors[u], t, cursors[t])) {
          minimal = false;
        }
      }
      if (minimal) {
        cursors[t]++;
        boolean found = place(history, cursors, next + 1);
        cursors[t]--;
        if (found) {
          return true;
        }
      }
    }
    return false;
  }
}

package dev.modelof.engine.concurrent;

import dev.modelof.internal.ResultKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a run of a scenario is linearizable: whether some order of the threads' calls,
 * each thread's in program order and a call that returned before another was invoked placed
 * before it, gives the same outcomes on the model, the post part after it. This is Wing and Gong's
 * search: place a call that no other thread's next call returned before, call it on the model,
 * compare, go deeper, come back on a mismatch. With a model that compares by value, a (calls placed
 * per thread, model state) pair seen once is not searched again (Lowe's memoization). Outcomes
 * already judged in the scenario are answered from a cache, and a search past its budget of model
 * calls is {@link Verdict#UNKNOWN}, never a pass.
 */
final class LinearizabilityChecker<M, I, O> {
  /** The most model calls one outcome may cost. */
  static final long BUDGET = 200_000;
  /** The most outcomes cached per scenario. */
  private static final int MOST_CACHED = 20_000;

  enum Verdict { LINEARIZABLE, VIOLATION, UNKNOWN }

  private final ModelSide<M, I, O> side;
  private final Interleavings<M, I, O> interleavings;
  private final boolean memo;
  private Scenario<O> scenario;
  private Object[] modelPrefix;
  private final Map<Key, Verdict> cache = new HashMap<>();
  /** Outcomes decided by a search, not the cache: what the benchmark divides the checker's time by. */
  long searches;

  LinearizabilityChecker(ModelSide<M, I, O> side, Interleavings<M, I, O> interleavings) {
    this.side = side;
    this.interleavings = interleavings;
    this.memo = side.machine.modelHasValueEquality();
  }

  /** Starts checking runs of {@code next}. */
  void begin(Scenario<O> next) {
    scenario = next;
    cache.clear();
    modelPrefix = side.replay(next, false).prefixOutcomes;
  }

  /** The verdict on one run of the scenario given to {@link #begin}. */
  Verdict check(History history) {
    Key key = key(history);
    Verdict cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    Verdict verdict = decide(history);
    if (cache.size() < MOST_CACHED) {
      cache.put(key, verdict);
    }
    return verdict;
  }

  private Verdict decide(History history) {
    searches++;
    for (int i = 0; i < modelPrefix.length; i++) {
      if (!side.agrees(scenario.prefix().get(i).op(), modelPrefix[i], history.prefix[i])) {
        return Verdict.VIOLATION;
      }
    }
    Search search = new Search(history, side.modelCalls + BUDGET);
    try {
      return search.from(new int[scenario.threads().size()], new ArrayList<>()) ? Verdict.LINEARIZABLE : Verdict.VIOLATION;
    } catch (OverBudget e) {
      return Verdict.UNKNOWN;
    }
  }

  /** Thrown when a search has spent its budget. */
  private static final class OverBudget extends RuntimeException {
    OverBudget() {
      super(null, null, false, false);
    }
  }

  /** A node of the search that was already explored: calls placed per thread, and the model's state there. */
  private record State(List<Integer> cursors, Object model) {}

  private final class Search {
    final History history;
    final long limit;
    final Set<State> visited = new HashSet<>();

    Search(History history, long limit) {
      this.history = history;
      this.limit = limit;
    }

    boolean from(int[] cursors, List<int[]> path) {
      boolean complete = true;
      for (int t = 0; t < cursors.length; t++) {
        if (cursors[t] == scenario.threads().get(t).size()) {
          continue;
        }
        complete = false;
        if (!minimal(history, cursors, t)) {
          continue;
        }
        if (side.modelCalls > limit) {
          throw new OverBudget();
        }
        ModelSide.Replay<M> replay = replayed(path);
        Call<O> call = scenario.threads().get(t).get(cursors[t]);
        Object outcome = side.apply(call, replay.model, replay.refs);
        if (!side.agrees(call.op(), outcome, history.threads[t][cursors[t]])) {
          continue;
        }
        path.add(new int[] {t, cursors[t]});
        cursors[t]++;
        boolean fresh = !memo || visited.add(new State(boxed(cursors), replay.model));
        boolean found = fresh && from(cursors, path);
        cursors[t]--;
        path.remove(path.size() - 1);
        if (found) {
          return true;
        }
      }
      return complete && postAgrees(history, path);
    }
  }

  private static List<Integer> boxed(int[] cursors) {
    List<Integer> out = new ArrayList<>(cursors.length);
    for (int cursor : cursors) {
      out.add(cursor);
    }
    return out;
  }

  /** Whether no other thread's next call returned before thread {@code t}'s next call was invoked. */
  private boolean minimal(History history, int[] cursors, int t) {
    for (int u = 0; u < cursors.length; u++) {
      if (u != t && cursors[u] < scenario.threads().get(u).size() && history.before(u, cursors[u], t, cursors[t])) {
        return false;
      }
    }
    return true;
  }

  private boolean postAgrees(History history, List<int[]> path) {
    if (scenario.post().isEmpty()) {
      return true;
    }
    ModelSide.Replay<M> replay = replayed(path);
    for (int i = 0; i < scenario.post().size(); i++) {
      Call<O> call = scenario.post().get(i);
      if (!side.agrees(call.op(), side.apply(call, replay.model, replay.refs), history.post[i])) {
        return false;
      }
    }
    return true;
  }

  private ModelSide.Replay<M> replayed(List<int[]> path) {
    ModelSide.Replay<M> replay = side.replay(scenario, false);
    for (int[] at : path) {
      side.apply(scenario.threads().get(at[0]).get(at[1]), replay.model, replay.refs);
    }
    return replay;
  }

  /**
   * Why no order explains {@code history}, in one sentence: each order tried up to the call that
   * the model answers otherwise, or past {@code most} of them the longest order that explains the
   * results and what stops it.
   */
  String explain(History history, int most) {
    for (int i = 0; i < modelPrefix.length; i++) {
      Call<O> call = scenario.prefix().get(i);
      if (!side.agrees(call.op(), modelPrefix[i], history.prefix[i])) {
        return "Already the prefix disagrees: " + RaceReport.describe(side.machine, call.op()) + " "
            + RaceReport.outcome(history.prefix[i]) + ", the model " + RaceReport.outcome(modelPrefix[i])
            + "; the sequential model test shows this more simply.";
      }
    }
    List<String> dead = new ArrayList<>();
    String[] longest = {null};
    int[] depth = {-1};
    explain(history, new int[scenario.threads().size()], new ArrayList<>(), dead, longest, depth);
    if (dead.isEmpty()) {
      return "Some order explains these results, but only if calls that did not overlap in time are"
          + " swapped.";
    }
    if (dead.size() <= most) {
      return "No order of the calls explains these results: " + String.join("; ", dead) + ".";
    }
    return "No order of the calls explains these results (" + dead.size() + " orders tried); the longest that"
        + " explains most: " + longest[0] + ".";
  }

  private void explain(History history, int[] cursors, List<int[]> path, List<String> dead, String[] longest,
      int[] depth) {
    boolean complete = true;
    for (int t = 0; t < cursors.length; t++) {
      if (cursors[t] == scenario.threads().get(t).size()) {
        continue;
      }
      complete = false;
      if (!minimal(history, cursors, t)) {
        continue;
      }
      ModelSide.Replay<M> replay = replayed(path);
      Call<O> call = scenario.threads().get(t).get(cursors[t]);
      Object outcome = side.apply(call, replay.model, replay.refs);
      path.add(new int[] {t, cursors[t]});
      if (!side.agrees(call.op(), outcome, history.threads[t][cursors[t]])) {
        boolean isVoid = side.kind(call.op()) == ResultKind.VOID;
        String text = order(path) + " " + RaceReport.would(isVoid, outcome) + " on the model, but it "
            + RaceReport.past(isVoid, history.threads[t][cursors[t]]);
        dead.add(text);
        if (path.size() > depth[0]) {
          depth[0] = path.size();
          longest[0] = text;
        }
      } else {
        cursors[t]++;
        explain(history, cursors, path, dead, longest, depth);
        cursors[t]--;
      }
      path.remove(path.size() - 1);
    }
    if (complete) {
      ModelSide.Replay<M> replay = replayed(path);
      for (int i = 0; i < scenario.post().size(); i++) {
        Call<O> call = scenario.post().get(i);
        Object outcome = side.apply(call, replay.model, replay.refs);
        if (!side.agrees(call.op(), outcome, history.post[i])) {
          boolean isVoid = side.kind(call.op()) == ResultKind.VOID;
          String text = order(path) + ", then " + RaceReport.describe(side.machine, call.op()) + " "
              + RaceReport.would(isVoid, outcome) + " on the model, but it " + RaceReport.past(isVoid, history.post[i]);
          dead.add(text);
          if (path.size() + i + 1 > depth[0]) {
            depth[0] = path.size() + i + 1;
            longest[0] = text;
          }
          return;
        }
      }
    }
  }

  /** "thread 1's inc() then thread 2's inc()". */
  private String order(List<int[]> path) {
    List<String> calls = new ArrayList<>();
    for (int[] at : path) {
      calls.add("thread " + (at[0] + 1) + "'s " + RaceReport.describe(side.machine, scenario.threads().get(at[0]).get(at[1]).op()));
    }
    return (path.size() == 1 ? "first " : "") + String.join(" then ", calls);
  }

  /** The outcomes of a run and which calls of different threads did not overlap: all a verdict depends on. */
  private Key key(History history) {
    List<Object> outcomes = new ArrayList<>();
    for (Object outcome : history.prefix) {
      outcomes.add(Thrown.normalized(outcome));
    }
    int bits = 0;
    for (Object[] thread : history.threads) {
      for (Object outcome : thread) {
        outcomes.add(Thrown.normalized(outcome));
      }
    }
    for (Object outcome : history.post) {
      outcomes.add(Thrown.normalized(outcome));
    }
    int threads = history.threads.length;
    int calls = 0;
    for (Object[] thread : history.threads) {
      calls += thread.length;
    }
    long[] order = new long[(calls * calls + 63) / 64];
    for (int t = 0; t < threads; t++) {
      for (int a = 0; a < history.threads[t].length; a++) {
        for (int u = 0; u < threads; u++) {
          if (u == t) {
            bits += history.threads[u].length;
            continue;
          }
          for (int b = 0; b < history.threads[u].length; b++) {
            if (history.before(t, a, u, b)) {
              order[bits >>> 6] |= 1L << (bits & 63);
            }
            bits++;
          }
        }
      }
    }
    return new Key(outcomes.toArray(), order);
  }

  /** A run's outcomes and real-time order, compared element by element (arrays by their contents). */
  private static final class Key {
    final Object[] outcomes;
    final long[] order;
    final int hash;

    Key(Object[] outcomes, long[] order) {
      this.outcomes = outcomes;
      this.order = order;
      this.hash = 31 * Arrays.deepHashCode(outcomes) + Arrays.hashCode(order);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && Arrays.deepEquals(outcomes, key.outcomes) && Arrays.equals(order, key.order);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** The outcomes the model allows for this scenario, as {@link Interleavings#outcomes}. */
  Set<List<Object>> allowed(int most) {
    return interleavings.outcomes(scenario, most);
  }
}

package dev.modelof.engine.concurrent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The orders in which the calls of a scenario's threads may take effect, each thread's calls in
 * program order: whether preconditions hold in all of them, and which outcomes the model gives.
 * The model is mutable, so each order is replayed on a new model.
 */
final class Interleavings<M, I, O> {
  /** The most orders (counted as calls placed) a validity check explores before it gives up. */
  static final int MOST_NODES = 20_000;

  private final ModelSide<M, I, O> side;

  Interleavings(ModelSide<M, I, O> side) {
    this.side = side;
  }

  /**
   * Whether every call of {@code scenario} is allowed where it stands (its handles made, its
   * precondition true) in every order of the threads' calls, the post part after each.
   */
  boolean valid(Scenario<O> scenario) {
    if (side.replay(scenario, true) == null) {
      return false;
    }
    for (List<Call<O>> branch : scenario.threads()) {
      if (branch.isEmpty()) {
        return false;
      }
      for (Call<O> call : branch) {
        if (!side.parallel[side.machine.indexOf(call.op())]) {
          return false;
        }
      }
    }
    return valid(scenario, new int[scenario.threads().size()], new ArrayList<>(), new int[1]);
  }

  private boolean valid(Scenario<O> scenario, int[] cursors, List<Call<O>> path, int[] nodes) {
    if (++nodes[0] > MOST_NODES) {
      return false;
    }
    boolean complete = true;
    for (int t = 0; t < cursors.length; t++) {
      List<Call<O>> branch = scenario.threads().get(t);
      if (cursors[t] == branch.size()) {
        continue;
      }
      complete = false;
      Call<O> next = branch.get(cursors[t]);
      ModelSide.Replay<M> replay = replayed(scenario, path);
      if (!side.allowed(next.op(), replay.model, replay.refs)) {
        return false;
      }
      path.add(next);
      cursors[t]++;
      boolean ok = valid(scenario, cursors, path, nodes);
      cursors[t]--;
      path.remove(path.size() - 1);
      if (!ok) {
        return false;
      }
    }
    if (complete) {
      ModelSide.Replay<M> replay = replayed(scenario, path);
      for (Call<O> call : scenario.post()) {
        if (!side.allowed(call.op(), replay.model, replay.refs)) {
          return false;
        }
        side.apply(call, replay.model, replay.refs);
      }
    }
    return true;
  }

  /** A new model after the prefix and the calls of {@code path}. */
  ModelSide.Replay<M> replayed(Scenario<O> scenario, List<Call<O>> path) {
    ModelSide.Replay<M> replay = side.replay(scenario, false);
    for (Call<O> call : path) {
      side.apply(call, replay.model, replay.refs);
    }
    return replay;
  }

  /**
   * The outcomes the model allows: for each order of the threads' calls, the outcome of every call
   * of each thread in thread order, then of the post part, each as {@link Thrown#normalized}; null
   * when there are more than {@code most} orders.
   */
  Set<List<Object>> outcomes(Scenario<O> scenario, int most) {
    Set<List<Object>> out = new LinkedHashSet<>();
    int[] orders = {0};
    boolean all = outcomes(scenario, new int[scenario.threads().size()], new ArrayList<>(), out, orders, most);
    return all ? out : null;
  }

  private boolean outcomes(Scenario<O> scenario, int[] cursors, List<int[]> path, Set<List<Object>> out,
      int[] orders, int most) {
    boolean complete = true;
    for (int t = 0; t < cursors.length; t++) {
      if (cursors[t] == scenario.threads().get(t).size()) {
        continue;
      }
      complete = false;
      path.add(new int[] {t, cursors[t]});
      cursors[t]++;
      boolean ok = outcomes(scenario, cursors, path, out, orders, most);
      cursors[t]--;
      path.remove(path.size() - 1);
      if (!ok) {
        return false;
      }
    }
    if (complete) {
      if (++orders[0] > most) {
        return false;
      }
      out.add(outcome(scenario, path));
    }
    return true;
  }

  /** The model's outcome of the scenario when the threads' calls take effect in {@code order} ({thread, index} pairs). */
  List<Object> outcome(Scenario<O> scenario, List<int[]> order) {
    ModelSide.Replay<M> replay = side.replay(scenario, false);
    Object[][] byThread = new Object[scenario.threads().size()][];
    for (int t = 0; t < byThread.length; t++) {
      byThread[t] = new Object[scenario.threads().get(t).size()];
    }
    for (int[] at : order) {
      byThread[at[0]][at[1]] = Thrown.normalized(
          side.apply(scenario.threads().get(at[0]).get(at[1]), replay.model, replay.refs));
    }
    List<Object> out = new ArrayList<>();
    for (Object[] outcomes : byThread) {
      out.addAll(Arrays.asList(outcomes));
    }
    for (Call<O> call : scenario.post()) {
      out.add(Thrown.normalized(side.apply(call, replay.model, replay.refs)));
    }
    return out;
  }
}

package dev.modelof.engine.concurrent;

import dev.modelof.Gen;
import dev.modelof.Handle;
import dev.modelof.Setup;
import dev.modelof.internal.ParameterInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * Shrinks a race: tries smaller scenarios (a thread dropped, a call dropped, a thread's first call
 * moved to the end of the prefix, simpler values) and keeps one when running it again shows the
 * race again, within a number of runs sized by how often the race showed, and within a time budget.
 * A candidate that never shows it counts as passing: that costs minimality, never correctness.
 */
final class RaceShrinker<M, I, O> {
  /** How many hangs shrinking may wait out, each costing a timeout. */
  static final int MOST_HANGS = 3;
  /** How many simpler values of one argument are tried. */
  private static final int VALUES_PER_ARGUMENT = 8;

  private final ModelSide<M, I, O> side;
  private final Interleavings<M, I, O> interleavings;
  private final LinearizabilityChecker<M, I, O> checker;
  private final ParallelRunner<M, I, O> runner;
  private final int runsPerCandidate;
  private final long deadline;
  private int hangs;
  /** Candidates tried, and runs made. */
  int candidates;
  long runs;
  boolean outOfTime;

  /** What running a scenario until the race shows came to. */
  record Hit(History history, String hang, int runs) {}

  RaceShrinker(ModelSide<M, I, O> side, Interleavings<M, I, O> interleavings, LinearizabilityChecker<M, I, O> checker,
      ParallelRunner<M, I, O> runner, int runsPerCandidate, long deadline) {
    this.side = side;
    this.interleavings = interleavings;
    this.checker = checker;
    this.runner = runner;
    this.runsPerCandidate = runsPerCandidate;
    this.deadline = deadline;
  }

  /** The smallest scenario found that still shows the race, and the run that last showed it. */
  record Shrunk<O>(Scenario<O> scenario, Hit hit) {}

  Shrunk<O> shrink(Scenario<O> found, Hit hit) {
    Scenario<O> best = found;
    Hit last = hit;
    boolean progress = true;
    while (progress) {
      progress = false;
      List<Scenario<O>> next = candidates(best);
      next.addAll(alike(best));
      for (Scenario<O> candidate : next) {
        if (System.nanoTime() - deadline > 0) {
          outOfTime = true;
          return new Shrunk<>(best, last);
        }
        if (!interleavings.valid(candidate)) {
          continue;
        }
        candidates++;
        Hit again = until(candidate, runsPerCandidate);
        if (again != null) {
          best = candidate;
          last = again;
          progress = true;
          break;
        }
      }
    }
    return new Shrunk<>(best, last);
  }

  /** Runs {@code scenario} until the race shows, at most {@code most} times: the run that showed it, or null. */
  Hit until(Scenario<O> scenario, int most) {
    checker.begin(scenario);
    int done = 0;
    int overlapping = 0;
    int batch = 50;
    while (overlapping < most && done < most * ParallelEngine.MOST_RUNS_PER_OVERLAP) {
      if (hangs >= MOST_HANGS && done == 0) {
        // past its hang budget, shrinking runs no candidate that might hang again
        return null;
      }
      ParallelRunner.Batch result = runner.run(scenario, batch);
      runs += result.finished();
      for (int i = 0; i < result.finished(); i++) {
        History history = result.histories()[i];
        if (history.overlapped()) {
          overlapping++;
        }
        if (checker.check(history) == LinearizabilityChecker.Verdict.VIOLATION) {
          return new Hit(history, null, done + i + 1);
        }
      }
      if (result.hang() != null) {
        hangs++;
        return new Hit(null, result.hang(), done + result.finished() + 1);
      }
      done += result.finished();
      batch = Math.min(batch * 2, 1000);
    }
    return null;
  }

  /** Smaller scenarios, the most promising first. */
  private List<Scenario<O>> candidates(Scenario<O> s) {
    List<Scenario<O>> out = new ArrayList<>();
    List<List<Call<O>>> threads = s.threads();
    if (threads.size() > 2) {
      for (int t = 0; t < threads.size(); t++) {
        List<List<Call<O>>> fewer = new ArrayList<>(threads);
        fewer.remove(t);
        out.add(s.withThreads(fewer));
      }
    }
    for (int i = s.post().size() - 1; i >= 0; i--) {
      out.add(s.withPost(without(s.post(), i)));
    }
    for (int i = s.prefix().size() - 1; i >= 0; i--) {
      out.add(s.withPrefix(without(s.prefix(), i)));
    }
    for (int t = 0; t < threads.size(); t++) {
      for (int i = threads.get(t).size() - 1; i >= 0 && threads.get(t).size() > 1; i--) {
        List<List<Call<O>>> changed = new ArrayList<>(threads);
        changed.set(t, without(threads.get(t), i));
        out.add(s.withThreads(changed));
      }
    }
    for (int t = 0; t < threads.size(); t++) {
      if (threads.get(t).size() > 1) {
        List<List<Call<O>>> changed = new ArrayList<>(threads);
        changed.set(t, threads.get(t).subList(1, threads.get(t).size()));
        List<Call<O>> prefix = new ArrayList<>(s.prefix());
        prefix.add(threads.get(t).get(0));
        out.add(s.withThreads(changed).withPrefix(prefix));
      }
    }
    List<ParameterInfo> setupParams = side.machine.setups().get(s.setup().index()).parameters();
    for (int a = 0; a < setupParams.size(); a++) {
      for (Object simpler : simpler(setupParams.get(a).gen(), s.setup().args().get(a))) {
        List<Object> args = new ArrayList<>(s.setup().args());
        args.set(a, simpler);
        Scenario<O> smallerSetup = s.withSetup(new Setup(s.setup().index(), args));
        out.add(smallerSetup);
        // a smaller setup often needs one call fewer to reach the same state: capacity 2 and
        // offer(0) before two racing offers is capacity 1 and the racing offers alone
        for (int i = s.prefix().size() - 1; i >= 0; i--) {
          out.add(smallerSetup.withPrefix(without(s.prefix(), i)));
        }
      }
    }
    out.addAll(recurring(s));
    for (Call<O> call : all(s)) {
      int index = side.machine.indexOf(call.op());
      List<ParameterInfo> params = side.machine.operations().get(index).parameters();
      List<Object> args = side.machine.argumentsOf(call.op());
      for (int a = 0; a < args.size(); a++) {
        if (args.get(a) instanceof Handle<?> || params.get(a).isHandle()) {
          continue;
        }
        for (Object simpler : simpler(params.get(a).gen(), args.get(a))) {
          List<Object> changed = new ArrayList<>(args);
          changed.set(a, simpler);
          out.add(replaced(s, call, new Call<>(call.id(), side.machine.operation(index, changed))));
        }
      }
    }
    return out;
  }

  /**
   * Scenarios as large, with a thread's call replaced by a call another thread makes: fewer
   * distinct calls, so each is accepted only when it lowers their count, and shrinking ends. A race
   * often has several smallest forms ({@code put | putIfAbsent} then a {@code get} that sees the lost
   * write, or {@code putIfAbsent | putIfAbsent} alone); this leads from the larger to the one where
   * every thread makes the same call, from which dropping calls goes on.
   */
  private List<Scenario<O>> alike(Scenario<O> s) {
    List<Scenario<O>> out = new ArrayList<>();
    int distinct = distinct(s);
    List<List<Call<O>>> threads = s.threads();
    for (int t = 0; t < threads.size(); t++) {
      for (int u = 0; u < threads.size(); u++) {
        if (u == t) {
          continue;
        }
        for (Call<O> model : threads.get(u)) {
          for (int i = 0; i < threads.get(t).size(); i++) {
            Call<O> old = threads.get(t).get(i);
            if (old.op().equals(model.op())) {
              continue;
            }
            Scenario<O> candidate = replaced(s, old, new Call<>(old.id(), model.op()));
            if (distinct(candidate) < distinct) {
              out.add(candidate);
            }
          }
        }
      }
    }
    return out;
  }

  private int distinct(Scenario<O> s) {
    return (int) all(s).stream().map(Call::op).distinct().count();
  }

  /**
   * A value that several calls take from one generator (a key put in one thread and read in the
   * other), replaced everywhere at once by a simpler one: replaced one call at a time, the calls
   * would no longer meet on it.
   */
  private List<Scenario<O>> recurring(Scenario<O> s) {
    Map<List<Object>, Integer> counts = new LinkedHashMap<>();
    for (Call<O> call : all(s)) {
      int index = side.machine.indexOf(call.op());
      List<ParameterInfo> params = side.machine.operations().get(index).parameters();
      List<Object> args = side.machine.argumentsOf(call.op());
      for (int a = 0; a < args.size(); a++) {
        if (!params.get(a).isHandle() && args.get(a) != null) {
          counts.merge(Arrays.asList(params.get(a).gen(), args.get(a)), 1, Integer::sum);
        }
      }
    }
    List<Scenario<O>> out = new ArrayList<>();
    counts.forEach((key, count) -> {
      if (count < 2) {
        return;
      }
      Gen<?> gen = (Gen<?>) key.get(0);
      for (Object simpler : simpler(gen, key.get(1))) {
        Scenario<O> changed = s;
        for (Call<O> call : all(s)) {
          int index = side.machine.indexOf(call.op());
          List<ParameterInfo> params = side.machine.operations().get(index).parameters();
          List<Object> args = new ArrayList<>(side.machine.argumentsOf(call.op()));
          boolean any = false;
          for (int a = 0; a < args.size(); a++) {
            if (!params.get(a).isHandle() && gen.equals(params.get(a).gen()) && key.get(1).equals(args.get(a))) {
              args.set(a, simpler);
              any = true;
            }
          }
          if (any) {
            Call<O> now = findById(changed, call.id());
            changed = replaced(changed, now, new Call<>(call.id(), side.machine.operation(index, args)));
          }
        }
        out.add(changed);
      }
    });
    return out;
  }

  private Call<O> findById(Scenario<O> s, int id) {
    for (Call<O> call : all(s)) {
      if (call.id() == id) {
        return call;
      }
    }
    throw new IllegalStateException("no call " + id);
  }

  @SuppressWarnings("unchecked") // the generator of the parameter the value was drawn for
  private static List<Object> simpler(Gen<?> gen, Object value) {
    List<Object> all = ((Gen<Object>) gen).shrink(value);
    return all.size() > VALUES_PER_ARGUMENT ? all.subList(0, VALUES_PER_ARGUMENT) : all;
  }

  private static <T> List<T> without(List<T> list, int index) {
    List<T> out = new ArrayList<>(list);
    out.remove(index);
    return out;
  }

  private List<Call<O>> all(Scenario<O> s) {
    List<Call<O>> out = new ArrayList<>(s.prefix());
    s.threads().forEach(out::addAll);
    out.addAll(s.post());
    return out;
  }

  private Scenario<O> replaced(Scenario<O> s, Call<O> old, Call<O> call) {
    List<List<Call<O>>> threads = new ArrayList<>();
    for (List<Call<O>> branch : s.threads()) {
      threads.add(swap(branch, old, call));
    }
    return new Scenario<>(s.setup(), swap(s.prefix(), old, call), threads, swap(s.post(), old, call));
  }

  private static <O> List<Call<O>> swap(List<Call<O>> calls, Call<O> old, Call<O> call) {
    List<Call<O>> out = new ArrayList<>(calls);
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i) == old) {
        out.set(i, call);
      }
    }
    return out;
  }
}

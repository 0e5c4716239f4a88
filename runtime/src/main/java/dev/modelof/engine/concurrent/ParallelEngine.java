package dev.modelof.engine.concurrent;

import dev.modelof.LinearizabilityResult;
import dev.modelof.LinearizabilitySettings;
import dev.modelof.Race;
import dev.modelof.Source;
import dev.modelof.engine.JavaWriter;
import dev.modelof.internal.Machine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What {@link dev.modelof.LinearizabilityCheck} asks of the engine: draws scenarios, runs each
 * many times, checks every run, and shrinks and reports the first race. Public so that the API
 * package can reach it; not part of the API, and not exported by the module.
 */
public final class ParallelEngine<M, I, O> {
  /** Runs of the shrunk scenario counted for the report, at least, time allowing. */
  static final int MEASURED_RUNS = 5_000;
  /** The longest the count of the shrunk scenario's runs may take. */
  static final long MEASURING_NANOS = 3_000_000_000L;
  /** Runs of the regression test's own loop that size it, at most, and the longest they may take. */
  static final int PROBE_RUNS = 20_000;
  static final long PROBE_NANOS = 2_000_000_000L;
  /**
   * A scenario runs until its repetitions had calls of different threads overlap in time, but at
   * most this many times its repetitions in all: on a busy machine few runs overlap.
   */
  static final int MOST_RUNS_PER_OVERLAP = 10;

  private final Machine<M, I, O> machine;
  private final LinearizabilitySettings settings;
  private final ModelSide<M, I, O> side;
  private final Interleavings<M, I, O> interleavings;
  private final LinearizabilityChecker<M, I, O> checker;

  private ParallelEngine(Machine<M, I, O> machine, LinearizabilitySettings settings) {
    this.machine = machine;
    this.settings = settings;
    this.side = new ModelSide<>(machine);
    this.interleavings = new Interleavings<>(side);
    this.checker = new LinearizabilityChecker<>(side, interleavings);
  }

  /** Time spent running scenarios and checking their runs, for {@link #measure}. */
  private long runNanos;
  private long checkNanos;
  private long findNanos;
  private long shrinkNanos;
  private long reportNanos;

  /**
   * What one check cost, for the benchmarks: runs made and how many overlapped, nanoseconds spent
   * running and checking them, outcomes decided by a search rather than the cache, the time to the
   * first race, to shrink it and to write its report, and the size of the shrunk race (0 for none).
   */
  public record Costs(long runs, long overlapping, long runNanos, long checkNanos, long searches, long findNanos,
      long shrinkNanos, long reportNanos, int raceSize, int seen, int measured) {}

  /** Runs a check as {@link #check} does and says what it cost. */
  public static <M, I, O> Costs measure(Machine<M, I, O> machine, LinearizabilitySettings settings) {
    ParallelEngine<M, I, O> engine = new ParallelEngine<>(machine, settings);
    LinearizabilityResult<O> result = engine.run();
    Race<O> race = result.race();
    return new Costs(result.runs(), result.overlapping(), engine.runNanos, engine.checkNanos, engine.checker.searches,
        engine.findNanos, engine.shrinkNanos, engine.reportNanos, race == null ? 0 : race.size(),
        race == null ? 0 : race.seen(), race == null ? 0 : race.runs());
  }

  /** Checks {@code machine} with exactly {@code settings}. */
  public static <M, I, O> LinearizabilityResult<O> check(Machine<M, I, O> machine, LinearizabilitySettings settings) {
    return new ParallelEngine<>(machine, settings).run();
  }

  /** A scenario that showed a race, before shrinking. */
  private record Found<O>(Scenario<O> scenario, int number, RaceShrinker.Hit hit, int hits, int runs) {}

  private LinearizabilityResult<O> run() {
    long start = System.nanoTime();
    long seed = settings.seed() != null ? settings.seed() : new SplittableRandom().nextLong();
    boolean parallel = false;
    for (int i = 0; i < machine.operations().size(); i++) {
      parallel |= side.parallel[i];
    }
    if (!parallel) {
      throw new IllegalStateException(machine.specType().getSimpleName()
          + ": every operation is @NonAtomic or @Ref, so nothing can run in parallel");
    }
    ScenarioDrawer<M, I, O> drawer = new ScenarioDrawer<>(side, interleavings, settings);
    long runs = 0;
    long overlapping = 0;
    int scenarios = 0;
    int unknown = 0;
    Found<O> found = null;
    try (ParallelRunner<M, I, O> runner = new ParallelRunner<>(side, settings.timeout())) {
      long deadline = settings.duration() == null ? 0 : System.nanoTime() + settings.duration().toNanos();
      for (int index = 0; deadline == 0 ? index < settings.scenarios() : System.nanoTime() - deadline < 0; index++) {
        int size = deadline == 0 ? 1 + 99 * index / Math.max(1, settings.scenarios() - 1) : 1 + index % 100;
        Source source = Source.seeded(mix(seed + index * 0x9E3779B97F4A7C15L), size);
        double growth = deadline == 0 ? index / (double) settings.scenarios() : (index % 100) / 100.0;
        Scenario<O> scenario = drawer.draw(source, growth);
        if (scenario == null) {
          continue;
        }
        scenarios++;
        checker.begin(scenario);
        Outcome outcome = runScenario(runner, scenario, settings.repetitions());
        runs += outcome.runs;
        overlapping += outcome.overlapping;
        unknown += outcome.unknown;
        if (outcome.hang != null) {
          found = new Found<>(scenario, index + 1, new RaceShrinker.Hit(null, outcome.hang, outcome.runs), 1,
              outcome.runs);
          break;
        }
        if (outcome.first != null) {
          found = new Found<>(scenario, index + 1, new RaceShrinker.Hit(outcome.first, null, outcome.runs),
              outcome.hits, outcome.runs);
          break;
        }
      }
      if (found == null) {
        if (scenarios == 0) {
          throw new IllegalStateException(machine.specType().getSimpleName() + ": no scenario could be drawn in "
              + ScenarioDrawer.REDRAWS + " attempts each: preconditions fail in some order of the threads' calls"
              + " every time; let more operations run in every state, or mark those that cannot @NonAtomic");
        }
        return new LinearizabilityResult<>(seed, scenarios, runs, overlapping, unknown, drawer.redrawn, null);
      }
      findNanos = System.nanoTime() - start;
      Race<O> race = shrinkAndReport(runner, found, seed);
      return new LinearizabilityResult<>(seed, scenarios, runs, overlapping, unknown, drawer.redrawn, race);
    }
  }

  /** What the runs of one scenario came to. */
  private static final class Outcome {
    int runs;
    int overlapping;
    int unknown;
    int hits;
    History first;
    String hang;
  }

  /**
   * Runs {@code scenario} until {@code overlapping} runs had calls of different threads overlap in
   * time (at most {@link #MOST_RUNS_PER_OVERLAP} times as many runs in all), counting verdicts, and
   * stops after the batch in which a race showed.
   */
  private Outcome runScenario(ParallelRunner<M, I, O> runner, Scenario<O> scenario, int overlapping) {
    Outcome outcome = new Outcome();
    int batch = overlapping;
    while (outcome.overlapping < overlapping && outcome.runs < overlapping * MOST_RUNS_PER_OVERLAP) {
      long began = System.nanoTime();
      ParallelRunner.Batch ran = runner.run(scenario, batch);
      long ranAt = System.nanoTime();
      runNanos += ranAt - began;
      for (int i = 0; i < ran.finished(); i++) {
        History history = ran.histories()[i];
        outcome.runs++;
        if (history.overlapped()) {
          outcome.overlapping++;
        }
        LinearizabilityChecker.Verdict verdict = checker.check(history);
        if (verdict == LinearizabilityChecker.Verdict.VIOLATION) {
          outcome.hits++;
          outcome.first = outcome.first == null ? history : outcome.first;
        } else if (verdict == LinearizabilityChecker.Verdict.UNKNOWN) {
          outcome.unknown++;
        }
      }
      checkNanos += System.nanoTime() - ranAt;
      if (ran.hang() != null) {
        outcome.runs++;
        outcome.hang = ran.hang();
        return outcome;
      }
      if (outcome.first != null) {
        return outcome;
      }
      batch = Math.max(50, overlapping - outcome.overlapping);
    }
    return outcome;
  }

  private Race<O> shrinkAndReport(ParallelRunner<M, I, O> runner, Found<O> found, long seed) {
    double rate = found.hits() / (double) found.runs();
    int perCandidate = (int) Math.max(300, Math.min(20_000, Math.ceil(6 / rate)));
    long deadline = System.nanoTime() + settings.shrinking().toNanos();
    RaceShrinker<M, I, O> shrinker = new RaceShrinker<>(side, interleavings, checker, runner, perCandidate, deadline);
    long began = System.nanoTime();
    RaceShrinker.Shrunk<O> shrunk = shrinker.shrink(found.scenario(), found.hit());
    shrinkNanos = System.nanoTime() - began;
    began = System.nanoTime();
    Scenario<O> scenario = shrunk.scenario();
    RaceShrinker.Hit hit = shrunk.hit();
    int seen = 0;
    int measured = 0;
    if (hit.hang() == null) {
      // how often the shrunk scenario shows the race: the report's rate, and what sizes the regression test
      checker.begin(scenario);
      long until = System.nanoTime() + MEASURING_NANOS;
      while (measured < MEASURED_RUNS && System.nanoTime() - until < 0) {
        ParallelRunner.Batch batch = runner.run(scenario, 500);
        for (int i = 0; i < batch.finished(); i++) {
          if (checker.check(batch.histories()[i]) == LinearizabilityChecker.Verdict.VIOLATION) {
            seen++;
            hit = new RaceShrinker.Hit(batch.histories()[i], null, measured + i + 1);
          }
        }
        measured += batch.finished();
        if (batch.hang() != null) {
          break;
        }
      }
    } else {
      seen = 1;
      measured = hit.runs();
    }
    checker.begin(scenario);
    RaceReport<M, I, O> report = new RaceReport<>(side, scenario);
    History history = hit.history();
    String why = history == null ? null : checker.explain(history, RaceReport.ORDERS_LISTED);
    JavaWriter java = new JavaWriter();
    Set<List<Object>> allowed = interleavings.outcomes(scenario, RaceReport.MOST_ORDERS);
    HarnessProbe.Rate harness = history == null || allowed == null ? null
        : new HarnessProbe<>(side, scenario, allowed).measure(PROBE_RUNS, PROBE_NANOS, Math.max(10, settings.timeout().toSeconds()));
    String test = report.regressionTest(java, history == null ? null : observed(history), allowed, harness,
        seen, measured, settings.timeout());
    List<String> imports = test == null ? List.of() : java.importLines();
    String text = report.report(new RaceReport.Shape(found.scenario().size()), seed, found.number(), seen, measured,
        history, why, hit.hang(), settings.timeout(), test, imports, runner.stillRunning());
    reportNanos = System.nanoTime() - began;
    List<O> prefix = ops(scenario.prefix());
    List<List<O>> threads = new ArrayList<>();
    scenario.threads().forEach(branch -> threads.add(ops(branch)));
    return new Race<>(machine.specType(), scenario.setup(), prefix, threads, ops(scenario.post()), hit.hang() != null,
        seen, measured, seed, found.number(), text, test, imports);
  }

  /** The outcome of a run as the regression test compares it: each thread's calls in order, then the post part. */
  private static List<Object> observed(History history) {
    List<Object> out = new ArrayList<>();
    for (Object[] thread : history.threads) {
      for (Object outcome : thread) {
        out.add(Thrown.normalized(outcome));
      }
    }
    for (Object outcome : history.post) {
      out.add(Thrown.normalized(outcome));
    }
    return out;
  }

  private static <O> List<O> ops(List<Call<O>> calls) {
    List<O> out = new ArrayList<>();
    calls.forEach(call -> out.add(call.op()));
    return out;
  }

  /** A 64-bit mix (SplitMix64's finalizer): nearby seeds give unrelated scenarios. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

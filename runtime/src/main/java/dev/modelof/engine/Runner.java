package dev.modelof.engine;

import dev.modelof.Failure;
import dev.modelof.Handle;
import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.Settings;
import dev.modelof.SettingsException;
import dev.modelof.Setup;
import dev.modelof.Statistics;
import dev.modelof.internal.Machine;
import dev.modelof.internal.SettingsText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run of a machine: replays a remembered failure, searches random sequences, shrinks the first
 * failure and writes its report; the search and the shrinking run on a worker under a {@link
 * Watchdog}.
 */
final class Runner<M, I, O> {
  /** How many hanging replays shrinking a failure may cost before it stops where it is. */
  static final int MAX_HANGS_WHILE_SHRINKING = 20;
  /**
   * How many times a shrunk failure is replayed before it is reported, to tell a flaky
   * implementation: a few percent of what shrinking replays, and a failure that shows one time in
   * two is then seen to pass at least once 999 times in 1000.
   */
  static final int CONFIRMING_REPLAYS = 10;

  private final Machine<M, I, O> machine;
  private final Plan plan;
  private final Settings settings;
  private final String spec;

  private final RunOptions options;

  Runner(Machine<M, I, O> machine, Settings settings) {
    this(machine, settings, RunOptions.DEFAULT);
  }

  Runner(Machine<M, I, O> machine, Settings settings, RunOptions options) {
    this.machine = machine;
    this.options = options;
    this.plan = new Plan(machine);
    this.settings = settings;
    this.spec = machine.specType().getSimpleName();
  }

  /** A failing try, before shrinking. */
  private record Found<O>(Try origin, Setup setup, List<Step<O>> steps, Trace trace) {}

  /** Which try of which run: enough to draw it again. */
  record Try(long seed, int number, int size, int length) {
    PooledSource source(Plan plan, boolean reuse) {
      return plan.source(mix(seed + (number - 1) * 0x9E3779B97F4A7C15L), size, reuse);
    }
  }

  Result<O> check() {
    Watchdog dog = new Watchdog(spec, settings.timeout(), options.progressEvery(), options.out());
    try {
      return check(dog);
    } finally {
      dog.close();
    }
  }

  private Result<O> check(Watchdog dog) {
    long seed = settings.seed() != null ? settings.seed() : new SplittableRandom().nextLong();
    FailureMemory memory = FailureMemory.of(machine, settings.memory(), options.out());
    Found<O> found = null;
    // a seed given explicitly (-Dmodelof.seed, @ModelOf(seed)) is what runs, not a remembered failure
    if (memory != null && settings.seed() == null) {
      FailureMemory.Entry entry = memory.recall();
      if (entry != null) {
        Try remembered = new Try(entry.seed(), entry.tryNumber(), entry.size(), entry.length());
        found = runTry(dog, remembered);
        if (found == null) {
          options.out().println(spec + ": the failure remembered in " + memory.file() + " (seed "
              + SettingsText.formatSeed(entry.seed()) + ", try " + entry.tryNumber() + ") passes now; forgetting it");
          memory.forget();
        }
      }
    }
    Search search = new Search(seed);
    if (found == null) {
      Watchdog.Outcome<Found<O>> outcome = dog.run(search::run, true);
      found = outcome.hanged() ? found((Attempt<?, ?, ?>) outcome.job(), outcome.hung()) : outcome.value();
    }
    if (found == null && search.tries == 0) {
      throw new SettingsException(spec + ": no try ran, so nothing was tested: " + whyNoTry());
    }
    Statistics statistics = search.counts.statistics(machine, search.tries, search.steps);
    if (found == null) {
      return new Result<>(seed, search.tries, search.steps, null, statistics);
    }
    Failure<O> failure = shrink(dog, found);
    if (memory != null) {
      Try origin = found.origin();
      memory.remember(new FailureMemory.Entry(origin.seed(), origin.number(), origin.size(), origin.length()));
    }
    int tries = search.tries == 0 && search.steps == 0 ? 1 : Math.max(search.tries, found.origin().number());
    return new Result<>(found.origin().seed(), tries, search.steps, failure, statistics);
  }

  /** Why the search ran no try: the settings left it no room. */
  private String whyNoTry() {
    if (settings.duration() != null) {
      return "the burn-in (modelof.duration) of " + SettingsText.formatDuration(settings.duration())
          + " was over before the first try began. Give it a longer time, or leave it out to run "
          + settings.tries() + " tries.";
    }
    return "the run was set to " + settings.tries() + " tries; it needs at least 1.";
  }

  /** The random search: tries until one fails, the tries are done, or the burn-in is over. */
  private final class Search {
    final long seed;
    final Counts counts;
    int tries;
    long steps;

    Search(long seed) {
      this.seed = seed;
      this.counts = new Counts(machine.operations().size(), settings.steps());
    }

    Found<O> run(Watch watch) {
      long deadline = settings.duration() == null ? 0 : System.nanoTime() + settings.duration().toNanos();
      for (int index = 0; deadline == 0 ? index < settings.tries() : System.nanoTime() - deadline < 0; index++) {
        int size = deadline == 0 ? 1 + 99 * index / Math.max(1, settings.tries() - 1) : 1 + index % 100;
        int length = deadline == 0
            ? Math.min(settings.steps(), 1 + (index + 1) * settings.steps() / Math.max(1, settings.tries() / 5))
            : settings.steps();
        Try origin = new Try(seed, index + 1, size, length);
        Attempt<M, I, O> attempt = new Attempt<>(machine, plan, origin, options.reuse(), counts);
        Trace trace = attempt.run(watch);
        tries++;
        steps += trace.events().size();
        counts.length(trace.events().size());
        watch.progress(tries, steps);
        if (trace.failed()) {
          return new Found<>(origin, attempt.setup, attempt.steps(trace), trace);
        }
      }
      return null;
    }
  }

  /** Runs one given try; the failure, or null when it passes. */
  private Found<O> runTry(Watchdog dog, Try origin) {
    Watchdog.Outcome<Found<O>> outcome = dog.run(watch -> {
      Attempt<M, I, O> attempt = new Attempt<>(machine, plan, origin, options.reuse(), null);
      Trace trace = attempt.run(watch);
      return trace.failed() ? new Found<>(origin, attempt.setup, attempt.steps(trace), trace) : null;
    }, false);
    return outcome.hanged() ? found((Attempt<?, ?, ?>) outcome.job(), outcome.hung()) : outcome.value();
  }

  @SuppressWarnings("unchecked") // the attempt ran on this runner's machine
  private Found<O> found(Attempt<?, ?, ?> attempt, Trace hung) {
    Attempt<M, I, O> ours = (Attempt<M, I, O>) attempt;
    return new Found<>(ours.origin, ours.setup, ours.steps(hung), hung);
  }

  /** Shrinks on a worker; a replay that hangs counts as failing, and shrinking starts again from the smallest so far. */
  private Failure<O> shrink(Watchdog dog, Found<O> found) {
    Map<List<Object>, Trace> hung = new ConcurrentHashMap<>();
    Shrinker.Best<O> best = new Shrinker.Best<>(found.setup(), found.steps(), found.trace());
    int replays = 0;
    for (int hangs = 0; ; hangs++) {
      Replayer<M, I, O> replayer = new Replayer<>(machine, plan, hung, replays);
      Shrinker<M, I, O> shrinker = new Shrinker<>(machine, replayer, best.setup(), best.steps(), best.trace(),
          options.shortest());
      Watchdog.Outcome<Shrinker<M, I, O>> outcome = dog.run(watch -> {
        replayer.watchedBy(watch);
        shrinker.shrink();
        return shrinker;
      }, false);
      best = shrinker.best();
      replays = replayer.replays();
      if (!outcome.hanged() || hangs + 1 >= MAX_HANGS_WHILE_SHRINKING) {
        break;
      }
    }
    ReportWriter<M, I, O> writer = new ReportWriter<>(machine, best.setup(), best.trace(), settings.timeout());
    if (best.trace().hang() != null) {
      writer.stillRunning(dog.stillRunning());
    } else {
      writer.confirmed(confirm(dog, best), CONFIRMING_REPLAYS);
    }
    JavaWriter java = new JavaWriter();
    String test = writer.regressionTest(java);
    List<String> imports = test == null ? List.of() : java.importLines();
    List<O> operations = positional(best.steps());
    Try origin = found.origin();
    int originalLength = found.trace().events().size();
    Failure<O> unreported = new Failure<>(machine.specType(), best.setup(), operations, originalLength,
        origin.seed(), origin.number(), replays, null, test, imports, best.trace().kind());
    Path file = RegressionFile.write(unreported, settings.memory(), options.out());
    return new Failure<>(machine.specType(), best.setup(), operations, originalLength,
        origin.seed(), origin.number(), replays,
        writer.report(originalLength, origin.seed(), origin.number(), test, imports, file),
        test, imports, best.trace().kind());
  }

  /**
   * Replays the shrunk failure {@link #CONFIRMING_REPLAYS} times: how many of them failed the same
   * way, at the same step. A deterministic implementation fails every one; a replay that hangs
   * ends the count, as one that did not fail so. Not for a hang, whose every replay costs a timeout.
   */
  private int confirm(Watchdog dog, Shrinker.Best<O> best) {
    Failure.Kind kind = best.trace().kind();
    int length = best.trace().events().size();
    Replayer<M, I, O> replayer = new Replayer<>(machine, plan, new ConcurrentHashMap<>(), 0);
    AtomicInteger failed = new AtomicInteger();
    dog.run(watch -> {
      replayer.watchedBy(watch);
      for (int i = 0; i < CONFIRMING_REPLAYS; i++) {
        Trace trace = replayer.replay(best.setup(), best.steps());
        if (trace.kind() == kind && trace.events().size() == length) {
          failed.incrementAndGet();
        }
      }
      return null;
    }, false);
    return failed.get();
  }

  /**
   * The operations of {@code steps}, each handle renumbered to the position of the step that made
   * it: what {@link ModelCheck#fails} replays, numbering steps from 0.
   */
  private List<O> positional(List<Step<O>> steps) {
    Map<Integer, Integer> positions = new HashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      positions.put(steps.get(i).id(), i);
    }
    List<O> out = new ArrayList<>();
    for (Step<O> step : steps) {
      List<Object> args = new ArrayList<>(machine.argumentsOf(step.op()));
      boolean handles = false;
      for (int i = 0; i < args.size(); i++) {
        if (args.get(i) instanceof Handle<?> handle) {
          args.set(i, new Handle<>(positions.getOrDefault(handle.step(), handle.step())));
          handles = true;
        }
      }
      out.add(handles ? machine.operation(machine.indexOf(step.op()), args) : step.op());
    }
    return List.copyOf(out);
  }

  /** A 64-bit mix (SplitMix64's finalizer): nearby seeds give unrelated tries. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

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
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.ResultKind;
import dev.modelof.internal.SettingsText;
import java.nio.file.Path;
import java.time.Duration;
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
  /** How many times {@link Settings#steps} a deep try may run: see {@link Schedule#numbered}. */
  static final int DEEP_TRIES = 10;

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

  /** The tries this run makes, once {@link #check} has drawn its seed. */
  private Schedule schedule;

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
        String which = spec + ": the failure remembered in " + memory.file() + " (seed "
            + SettingsText.formatSeed(entry.seed()) + ", try " + entry.tryNumber() + ")";
        if (found == null) {
          options.out().println(which + " passes now; forgetting it");
          memory.forget();
        } else {
          options.out().println(which + " fails again; no new tries run until it passes");
        }
      }
    }
    Search search = new Search(Schedule.of(seed, settings));
    if (found == null) {
      found = search.run(dog);
    }
    if (found == null && search.tries == 0) {
      throw new SettingsException(spec + ": no try ran, so nothing was tested: " + whyNoTry());
    }
    Statistics statistics = search.counts.statistics(machine, search.tries, search.steps);
    if (found == null) {
      return new Result<>(seed, search.tries, search.steps, null, statistics);
    }
    schedule = search.schedule;
    Failure<O> failure = shrink(dog, found);
    if (memory != null) {
      Try origin = found.origin();
      memory.remember(new FailureMemory.Entry(origin.seed(), origin.number(), origin.size(), origin.length()));
    }
    int tries = search.tries == 0 && search.steps == 0 ? 1 : search.tries;
    return new Result<>(found.origin().seed(), tries, search.steps, failure, statistics);
  }

  /** Why the search ran no try: the settings left it no room. */
  private String whyNoTry() {
    if (settings.duration() != null) {
      return "the burn-in (modelof.duration) of " + SettingsText.formatDuration(settings.duration())
          + " was over before the first try began. Give it a longer time, or leave it out to run "
          + settings.tries() + " tries.";
    }
    if (settings.shard() != null && settings.shard().index() > settings.tries()) {
      return "shard " + settings.shard() + " of a run of " + settings.tries() + " tries has none of them. Give the run"
          + " at least " + settings.shard().count() + " tries (-Dmodelof.tries), so that every shard has one.";
    }
    return "the run was set to " + settings.tries() + " tries; it needs at least 1.";
  }

  /**
   * Which tries a run makes, by their index in this JVM (from 0), in the order its workers take
   * them: all of a run's tries, every n-th of them for a shard, the blocks of 100 of a burn-in
   * that are the shard's, or the one try given. A try's size and length follow from its number
   * alone, so a shard's try is the same try as in the whole run.
   */
  record Schedule(long seed, int tries, int steps, boolean burnIn, int shard, int shards, Integer only) {
    /** Tries of a burn-in's block: the sizes 1 to 100, once each. */
    static final int BLOCK = 100;

    static Schedule of(long seed, Settings settings) {
      Settings.Shard part = settings.shard();
      return new Schedule(seed, settings.tries(), settings.steps(), settings.duration() != null,
          part == null ? 1 : part.index(), part == null ? 1 : part.count(), settings.onlyTry());
    }

    /** The try at {@code index}, or null when the run has no more. */
    Try at(int index) {
      long number;
      if (only != null) {
        number = index == 0 ? only : 0;
      } else if (burnIn) {
        long block = (long) (index / BLOCK) * shards + (shard - 1);
        number = block * BLOCK + index % BLOCK + 1;
      } else {
        long at = (shard - 1) + (long) index * shards;
        number = at < tries ? at + 1 : 0;
      }
      return number < 1 || number > Integer.MAX_VALUE ? null : numbered((int) number);
    }

    /** The index of the try numbered {@code number}, which {@link #at} gave. */
    int indexOf(int number) {
      int at = number - 1;
      if (only != null) {
        return 0;
      }
      if (burnIn) {
        return (at / BLOCK - (shard - 1)) / shards * BLOCK + at % BLOCK;
      }
      return (at - (shard - 1)) / shards;
    }

    /**
     * Try {@code number} of the run: sizes grow from 1 to 100 over the tries. The first half of
     * the tries grow in length from one step to {@link Settings#steps} over the first fifth, so
     * that short failures are found short; the second half are deep tries of up to {@link
     * #DEEP_TRIES} times as many steps, for the states only long sequences reach (a B-tree three
     * levels high, a heap that filled up). A burn-in cycles through the sizes and alternates
     * tries of full length and deep ones.
     */
    Try numbered(int number) {
      long at = number - 1L;
      int deep = (int) Math.min(Integer.MAX_VALUE / 2, (long) steps * DEEP_TRIES);
      if (burnIn) {
        return new Try(seed, number, (int) (1 + at % BLOCK), at % 2 == 1 ? deep : steps);
      }
      int size = (int) Math.min(100, 1 + 99 * at / Math.max(1, tries - 1));
      int length = at >= tries - tries / 2 ? deep : (int) Math.min(steps, 1 + (at + 1) * steps / Math.max(1, tries / 5));
      return new Try(seed, number, size, length);
    }

    /** Whether a failure's seed alone replays it: the whole run, searched as it was. */
    boolean seedReplays() {
      return only == null && !burnIn && shards == 1;
    }
  }

  /**
   * The random search: tries on {@link Settings#workerThreads} workers until one fails, the tries
   * are done, or the burn-in is over. Workers take the tries' indices in order; once a try fails,
   * no worker takes a later one, and those already taken run to their end, so the first failure
   * is the failing try of the lowest index, whatever the number of workers. What the tries counted
   * is added up in the order of their indices, up to and including that failure, so the statistics
   * do not depend on the workers either.
   */
  private final class Search {
    final Schedule schedule;
    /** What the tries counted, up to the first that has not ended yet (in index order). */
    final Counts counts;
    int tries;
    long steps;
    private final AtomicInteger next = new AtomicInteger();
    /** When a burn-in ends, by {@link System#nanoTime}; 0 for a run of so many tries. */
    private long deadline;
    /** The index of the failing try with the lowest index so far; {@link Integer#MAX_VALUE} while none. */
    private volatile int firstFailure = Integer.MAX_VALUE;
    /** That try's failure: a {@link Found}, or what the engine or the spec threw. */
    private Object first;
    /** The index whose counts are added next, and the counts of later tries that ended before it. */
    private int nextCount;
    private final Map<Integer, Ended> ended = new HashMap<>();
    /** Whether the counts reached the first failure, and stopped there. */
    private boolean countedFailure;

    /**
     * What a try that ended counted: its counts, its steps, whether it failed, and the largest
     * value each size-like operation returned ({@link Attempt#largestSizes}).
     */
    private record Ended(Counts counts, int steps, boolean failed, int[] sizes) {}

    Search(Schedule schedule) {
      this.schedule = schedule;
      this.counts = new Counts(machine.operations().size(), (int) Math.min(1 << 20, (long) settings.steps() * DEEP_TRIES));
      List<OperationInfo> operations = machine.operations();
      for (int i = 0; i < operations.size(); i++) {
        if (operations.get(i).parameters().isEmpty() && operations.get(i).resultKind() == ResultKind.VALUE) {
          counts.measures(i);
        }
      }
    }

    /** Runs the search under {@code dog}: the first failure, or null when every try passed. */
    Found<O> run(Watchdog dog) {
      int workers = schedule.only() != null ? 1 : settings.workerThreads();
      if (schedule.only() == null && !schedule.burnIn()) {
        workers = (int) Math.max(1, Math.min(workers, (schedule.tries() - schedule.shard()) / schedule.shards() + 1L));
      }
      deadline = settings.duration() == null || schedule.only() != null ? 0
          : System.nanoTime() + settings.duration().toNanos();
      dog.runAll(workers, this::work, true, this::hung);
      synchronized (this) {
        if (first instanceof RuntimeException e) {
          throw e;
        }
        if (first instanceof Error e) {
          throw e;
        }
        @SuppressWarnings("unchecked") // only this search's founds are kept
        Found<O> found = (Found<O>) first;
        return found;
      }
    }

    /** One worker's part: takes the next index until the search is over. */
    private Void work(Watch watch) {
      Counts mine = Counts.ofOneTry(machine.operations().size());
      long myTries = 0;
      long mySteps = 0;
      while (deadline == 0 || System.nanoTime() - deadline < 0) {
        int index = next.getAndIncrement();
        Try origin = index > firstFailure || index < 0 ? null : schedule.at(index);
        if (origin == null) {
          return null;
        }
        mine.clearOperations();
        Attempt<M, I, O> attempt = new Attempt<>(machine, plan, origin, options.reuse(), mine);
        Trace trace = null;
        try {
          if (options.unrecorded() && !attempt.runUnrecorded(watch)) {
            // what the unrecorded try did, a new attempt of it does again, recorded, for its trace
            mine.clearOperations();
            attempt = new Attempt<>(machine, plan, origin, options.reuse(), mine);
            trace = attempt.run(watch);
          } else if (!options.unrecorded()) {
            trace = attempt.run(watch);
          }
        } catch (Watch.Abandoned abandoned) {
          throw abandoned;
        } catch (Plan.GeneratorFailed e) {
          // what a hanging generator threw once interrupted is the watchdog's to report
          watch.checkAbandoned();
          failed(index, specError(e.getMessage(), origin, e.getCause()));
          return null;
        } catch (RuntimeException | Error e) {
          watch.checkAbandoned();
          failed(index, e);
          return null;
        }
        int length = trace == null ? attempt.ran() : trace.events().size();
        boolean failedHere = trace != null && trace.failed();
        myTries++;
        mySteps += length;
        watch.progress(myTries, mySteps);
        if (failedHere) {
          failed(index, found(attempt, trace));
        }
        ended(index, mine, length, failedHere, attempt.largestSizes(counts));
      }
      return null;
    }

    /** Called by the watchdog when a worker's call hung: that try failed. */
    private void hung(Watch.Job job, Trace trace) {
      Attempt<?, ?, ?> attempt = (Attempt<?, ?, ?>) job;
      if (attempt.drawHang() != null) {
        failed(schedule.indexOf(attempt.origin.number()), specError(attempt.drawHang(), attempt.origin, null));
        return;
      }
      Found<O> found = found(attempt, trace);
      int index = schedule.indexOf(found.origin().number());
      failed(index, found);
      ended(index, Counts.ofOneTry(machine.operations().size()), trace.events().size(), true, null);
    }

    private synchronized void failed(int index, Object failure) {
      if (index < firstFailure) {
        firstFailure = index;
        first = failure;
      }
    }

    /** Adds the counts of the try at {@code index}, in index order, up to the first failure. */
    private synchronized void ended(int index, Counts counted, int length, boolean failed, int[] sizes) {
      if (countedFailure || index > firstFailure || index < nextCount) {
        return;
      }
      if (index != nextCount) {
        ended.put(index, new Ended(counted.copyOperations(), length, failed, sizes));
        return;
      }
      Ended current = new Ended(counted, length, failed, sizes);
      while (current != null) {
        counts.addOperations(current.counts());
        counts.length(current.steps());
        counts.sizes(current.sizes());
        tries++;
        steps += current.steps();
        nextCount++;
        if (current.failed()) {
          countedFailure = true;
          ended.clear();
          return;
        }
        current = ended.remove(nextCount);
      }
    }
  }

  /** Runs one given try; the failure, or null when it passes. */
  private Found<O> runTry(Watchdog dog, Try origin) {
    Watchdog.Outcome<Found<O>> outcome = dog.run(watch -> {
      try {
        Attempt<M, I, O> attempt = new Attempt<>(machine, plan, origin, options.reuse(), null);
        Trace trace = attempt.run(watch);
        return trace.failed() ? found(attempt, trace) : null;
      } catch (Plan.GeneratorFailed e) {
        watch.checkAbandoned();
        throw specError(e.getMessage(), origin, e.getCause());
      }
    }, false);
    if (outcome.hanged() && outcome.job() instanceof Attempt<?, ?, ?> attempt && attempt.drawHang() != null) {
      throw specError(attempt.drawHang(), origin, null);
    }
    return outcome.hanged() ? found((Attempt<?, ?, ?>) outcome.job(), outcome.hung()) : outcome.value();
  }

  /**
   * The error of a try that the spec's own code stopped while drawing a step ({@code what}: a
   * generator threw, or a generator or precondition hung), with the properties that draw it again.
   */
  private IllegalStateException specError(String what, Try origin, Throwable cause) {
    return new IllegalStateException(spec + ": " + what + ", in try " + origin.number() + " of seed "
        + SettingsText.formatSeed(origin.seed()) + ". Replay: " + replay(origin), cause);
  }

  /** The failure of {@code attempt}, whose {@code trace} failed or hung. */
  @SuppressWarnings("unchecked") // the attempt ran on this runner's machine
  private Found<O> found(Attempt<?, ?, ?> attempt, Trace trace) {
    return new Found<>(attempt.origin, attempt.setup(), ((Attempt<M, I, O>) attempt).steps(trace), trace);
  }

  /** Shrinks on a worker; a replay that hangs counts as failing, and shrinking starts again from the smallest so far. */
  private Failure<O> shrink(Watchdog dog, Found<O> found) {
    Map<List<Object>, Trace> hung = new ConcurrentHashMap<>();
    Shrinker.Best<O> best = new Shrinker.Best<>(found.setup(), found.steps(), found.trace());
    int replays = 0;
    Throwable stoppedBy = null;
    for (int hangs = 0; ; hangs++) {
      Replayer<M, I, O> replayer = new Replayer<>(machine, plan, hung, replays);
      Shrinker<M, I, O> shrinker = new Shrinker<>(machine, replayer, best.setup(), best.steps(), best.trace(),
          options.shrinking());
      Watchdog.Outcome<Shrinker<M, I, O>> outcome = dog.run(watch -> {
        replayer.watchedBy(watch);
        shrinker.shrink();
        return shrinker;
      }, false);
      best = shrinker.best();
      replays = replayer.replays();
      // a shrinker abandoned in a hang may yet be stopped by the watchdog: that is no stop of its own
      stoppedBy = outcome.hanged() ? null : shrinker.stoppedBy();
      if (!outcome.hanged() || hangs + 1 >= MAX_HANGS_WHILE_SHRINKING) {
        break;
      }
    }
    ReportWriter<M, I, O> writer = new ReportWriter<>(machine, best.setup(), best.trace(), settings.timeout());
    writer.replay(replay(found.origin()));
    writer.shrinkingStopped(stoppedBy);
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
    Class<?> otherImpl = machine instanceof MachineWithImpl<?, ?, ?> ? machine.implType() : null;
    Path file = RegressionFile.write(unreported, otherImpl, settings.memory(), options.out());
    return new Failure<>(machine.specType(), best.setup(), operations, originalLength,
        origin.seed(), origin.number(), replays,
        writer.report(originalLength, origin.seed(), origin.number(), test, imports, file),
        test, imports, best.trace().kind());
  }

  /**
   * The system properties that run {@code origin} again on any machine: its seed alone where the
   * whole run, searched again, reaches it first; otherwise that one try, with what decides its size
   * and length (a burn-in's, or the number of tries).
   */
  String replay(Try origin) {
    String seed = "-Dmodelof.seed=" + SettingsText.formatSeed(origin.seed());
    String only = " -Dmodelof.try=" + origin.number();
    Schedule counted = new Schedule(origin.seed(), settings.tries(), settings.steps(), false, 1, 1, null);
    Schedule burnIn = new Schedule(origin.seed(), settings.tries(), settings.steps(), true, 1, 1, null);
    boolean asCounted = counted.numbered(origin.number()).equals(origin);
    if (asCounted && schedule != null && schedule.seedReplays()) {
      return seed;
    }
    if (asCounted) {
      return seed + " -Dmodelof.tries=" + settings.tries() + only;
    }
    if (burnIn.numbered(origin.number()).equals(origin)) {
      Duration duration = settings.duration() != null ? settings.duration() : Duration.ofMinutes(1);
      return seed + " -Dmodelof.duration=" + SettingsText.formatDuration(duration) + only;
    }
    return seed + only;
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

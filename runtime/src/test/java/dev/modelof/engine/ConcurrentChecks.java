package dev.modelof.engine;

import dev.modelof.Failure;
import dev.modelof.Result;
import dev.modelof.Settings;
import dev.modelof.Setup;
import dev.modelof.internal.Machine;
import dev.modelof.sample.MapBugs;
import dev.modelof.sample.MapMachine;
import dev.modelof.sample.PointSetMachine;
import dev.modelof.sample.StackMachine;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks that {@code ParallelSpecsTest} runs at the same time, as JUnit's parallel execution runs
 * specs, and as two Surefire forks do (run as a {@code main} in a JVM of its own): three known bugs
 * of one spec found with one failure memory (a disagreement, a failed close and a hang), and two
 * burn-ins of other specs printing progress lines, each run on two workers.
 */
public final class ConcurrentChecks {
  /** The checks, by name. */
  static final List<String> NAMES =
      List.of("sizeAfterRemove", "closeFailsWhenFull", "getAbsentSleeps", "stackBurnIn", "pointSetBurnIn");
  /** The implementations whose failures the memory keeps. */
  static final List<Class<?>> FAILING =
      List.of(MapBugs.SizeAfterRemove.class, MapBugs.CloseFailsWhenFull.class, MapBugs.GetAbsentSleeps.class);
  static final Duration PROGRESS_EVERY = Duration.ofMillis(200);

  private ConcurrentChecks() {}

  /**
   * A machine that notes each implementation built on a thread not named for its spec: a worker
   * of another spec's run, which would mix up the watchdog's threads.
   */
  private static final class OwnThreads<M, I, O> extends ForwardingMachine<M, I, O> {
    final Set<String> strangers = ConcurrentHashMap.newKeySet();

    OwnThreads(Machine<M, I, O> machine) {
      super(machine);
    }

    @Override
    public I newImpl(Setup setup) throws Exception {
      String name = Thread.currentThread().getName();
      if (!name.equals("modelof-" + specType().getSimpleName())) {
        strangers.add(name);
      }
      return super.newImpl(setup);
    }
  }

  /** Runs check {@code name}: what went wrong, or null. */
  static String run(String name, Path memory, PrintStream out) {
    RunOptions options = RunOptions.DEFAULT.withProgressEvery(PROGRESS_EVERY).withOut(out);
    return switch (name) {
      case "sizeAfterRemove" -> failing(Engine.withImpl(new MapMachine(), MapBugs.SizeAfterRemove.class,
          setup -> new MapBugs.SizeAfterRemove()), Failure.Kind.DISAGREE, memory, options, Duration.ofSeconds(10));
      case "closeFailsWhenFull" -> failing(Engine.withImpl(new MapMachine(true), MapBugs.CloseFailsWhenFull.class,
          setup -> new MapBugs.CloseFailsWhenFull()), Failure.Kind.CLOSE, memory, options, Duration.ofSeconds(10));
      case "getAbsentSleeps" -> failing(Engine.withImpl(new MapMachine(), MapBugs.GetAbsentSleeps.class,
          setup -> new MapBugs.GetAbsentSleeps()), Failure.Kind.TIMEOUT, memory, options, Duration.ofMillis(300));
      case "stackBurnIn" -> burnIn(new StackMachine(true), memory, options);
      case "pointSetBurnIn" -> burnIn(new PointSetMachine(), memory, options);
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static <M, I, O> String failing(Machine<M, I, O> machine, Failure.Kind kind, Path memory, RunOptions options,
      Duration timeout) {
    OwnThreads<M, I, O> watched = new OwnThreads<>(machine);
    Settings settings = machine.declared().withSeed(1).withWorkers(2).withMemory(memory).withTimeout(timeout);
    Result<O> result = new Runner<>(watched, settings, options).check();
    String impl = machine.implType().getSimpleName();
    if (result.passed()) {
      return impl + " passed";
    }
    if (result.failure().kind() != kind || !result.failure().report().startsWith("MapSpec: " + impl + " ")) {
      return impl + ": " + result.failure().kind() + " " + result.failure().report();
    }
    return watched.strangers.isEmpty() ? null : impl + " ran on " + watched.strangers;
  }

  private static <M, I, O> String burnIn(Machine<M, I, O> machine, Path memory, RunOptions options) {
    OwnThreads<M, I, O> watched = new OwnThreads<>(machine);
    Settings settings = machine.declared().withWorkers(2).withMemory(memory).withDuration(Duration.ofMillis(700));
    Result<O> result = new Runner<>(watched, settings, options).check();
    if (!result.passed()) {
      return result.failure().report();
    }
    return watched.strangers.isEmpty() ? null : machine.specType().getSimpleName() + " ran on " + watched.strangers;
  }

  /** Runs every check at once in threads of this JVM, remembering in {@code args[0]}; exits 1 on a problem. */
  public static void main(String[] args) throws Exception {
    Path memory = Path.of(args[0]);
    ExecutorService pool = Executors.newFixedThreadPool(NAMES.size());
    List<Future<String>> checks = new ArrayList<>();
    for (String name : NAMES) {
      checks.add(pool.submit(() -> run(name, memory, System.out)));
    }
    int problems = 0;
    for (Future<String> check : checks) {
      String problem = check.get();
      if (problem != null) {
        System.err.println(problem);
        problems++;
      }
    }
    pool.shutdown();
    System.exit(problems == 0 ? 0 : 1);
  }
}

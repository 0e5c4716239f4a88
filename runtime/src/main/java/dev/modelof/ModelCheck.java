package dev.modelof;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a generated machine: tries random sequences against the model, shrinks the first failure
 * and reports it with a regression test. Generated {@code <Spec>ModelTest}s call {@link #run}.
 */
public final class ModelCheck {
  /** How often a burn-in run prints a progress line. */
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

  private ModelCheck() {}

  /**
   * Runs {@code machine} with its declared settings and the {@code modelof.*} system properties;
   * throws an {@link AssertionError} carrying the report when the implementation and the model
   * disagree.
   */
  public static void run(Machine<?, ?, ?> machine) {
    Result result = check(machine, machine.declared().withSystemProperties());
    if (!result.passed()) {
      throw new AssertionFailedError(result.failure().report());
    }
  }

  /** Runs {@code machine} with exactly {@code settings}; the result holds the failure, if any. */
  public static <M, I, O> Result check(Machine<M, I, O> machine, Settings settings) {
    long seed = settings.seed() != null ? settings.seed() : new SplittableRandom().nextLong();
    long start = System.nanoTime();
    long deadline = settings.duration() == null ? 0 : start + settings.duration().toNanos();
    long nextProgress = start + PROGRESS_EVERY.toNanos();
    long stepsRun = 0;
    int tryIndex = 0;
    for (; deadline == 0 ? tryIndex < settings.tries() : System.nanoTime() < deadline; tryIndex++) {
      int size = deadline == 0 ? 1 + 99 * tryIndex / Math.max(1, settings.tries() - 1) : 1 + tryIndex % 100;
      int length = deadline == 0
          ? Math.min(settings.steps(), 1 + (tryIndex + 1) * settings.steps() / Math.max(1, settings.tries() / 5))
          : settings.steps();
      Source source = new Source(mix(seed + tryIndex * 0x9E3779B97F4A7C15L), size);
      Attempt<M, I, O> attempt = new Attempt<>(machine, source);
      Trace trace = attempt.run(length);
      stepsRun += trace.events().size();
      if (trace.failed()) {
        return new Result(seed, tryIndex + 1, stepsRun, shrink(machine, attempt, trace, seed, tryIndex + 1));
      }
      if (deadline != 0 && System.nanoTime() > nextProgress) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d tries, %d steps, %.0f steps/s%n",
            Execution.simpleName(machine.specType()), tryIndex + 1, stepsRun, stepsRun / seconds);
        nextProgress += PROGRESS_EVERY.toNanos();
      }
    }
    return new Result(seed, tryIndex, stepsRun, null);
  }

  /** Replays {@code operations} from {@code setup}: true when the implementation and model disagree. */
  public static <M, I, O> boolean fails(Machine<M, I, O> machine, Setup setup, List<O> operations) {
    List<Step<O>> steps = new ArrayList<>();
    for (O op : operations) {
      steps.add(new Step<>(steps.size(), op));
    }
    return new Replayer<>(machine).replay(setup, steps).failed();
  }

  private static <M, I, O> Failure shrink(Machine<M, I, O> machine, Attempt<M, I, O> attempt, Trace trace,
      long seed, int tryNumber) {
    Replayer<M, I, O> replayer = new Replayer<>(machine);
    Shrinker<M, I, O> shrinker = new Shrinker<>(machine, replayer, attempt.setup, attempt.steps, trace);
    shrinker.shrink();
    ReportWriter<M, I, O> writer = new ReportWriter<>(machine, shrinker.setup(), shrinker.trace());
    JavaWriter java = new JavaWriter();
    String test = writer.regressionTest(java);
    List<String> imports = test == null ? List.of() : java.importLines();
    List<Object> operations = new ArrayList<>();
    shrinker.steps().forEach(step -> operations.add(step.op()));
    return new Failure(machine.specType(), shrinker.setup(), List.copyOf(operations), trace.events().size(),
        seed, tryNumber, replayer.replays(), writer.report(trace.events().size(), seed, tryNumber, test, imports),
        test, imports);
  }

  /** A 64-bit mix (SplitMix64's finalizer): nearby seeds give unrelated tries. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

package dev.modelof;

import dev.modelof.engine.Engine;
import dev.modelof.internal.Machine;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a generated {@code <Spec>Machine}: tries random sequences against the model, shrinks the
 * first failure and reports it with a regression test. Generated {@code <Spec>ModelTest}s call
 * {@link #run}; a test of your own (a meta-test that a known bug is found, a run with a fixed seed)
 * starts from {@link #of}:
 *
 * <pre>{@code
 * Result<LruCacheSpecOp> result = ModelCheck.of(new LruCacheSpecMachine())
 *     .withImpl(BuggyCache.class, setup -> new BuggyCache(setup.arg(0)))
 *     .withSeed(42)
 *     .check();
 * }</pre>
 *
 * @param <M> the model type
 * @param <I> the implementation type
 * @param <O> the spec's operation type, one record per operation
 */
public final class ModelCheck<M, I, O> {
  private final Machine<M, I, O> machine;
  private final Settings settings;

  private ModelCheck(Machine<M, I, O> machine, Settings settings) {
    this.machine = machine;
    this.settings = settings;
  }

  /**
   * Runs {@code machine} with its declared settings and the {@code modelof.*} system properties,
   * remembering a failure for the next run, and prints what the run did: one line, or with {@code
   * -Dmodelof.statistics=table} a row per operation too. Throws an {@link
   * AssertionError} carrying the report when the implementation and the model disagree, and one
   * saying what was never exercised when every try passed but an operation never ran.
   */
  public static void run(Machine<?, ?, ?> machine) {
    boolean table = statisticsTable();
    Result<?> result = Engine.check(machine, machine.declared().withSystemProperties());
    // a remembered failure that fails again is reported without a search: no figures to print
    if (result.statistics() != null && result.statistics().tries() > 0) {
      System.out.print(table ? result.statistics().table() : result.statistics().summary());
    }
    if (!result.passed()) {
      throw new AssertionFailedError(result.failure().report());
    }
    List<String> problems = result.statistics() == null ? List.of() : result.statistics().problems();
    if (!problems.isEmpty()) {
      throw new AssertionFailedError(machine.specType().getSimpleName()
          + ": every try passed, but the run tested less than it seems:\n  " + String.join("\n  ", problems) + "\n");
    }
  }

  /** Whether {@code -Dmodelof.statistics} asks for the whole table rather than one line. */
  private static boolean statisticsTable() {
    String value = System.getProperty("modelof.statistics", "line").trim();
    return switch (value) {
      case "line", "" -> false;
      case "table" -> true;
      default -> throw new SettingsException("modelof.statistics must be line or table, not '" + value
          + "': line (the default) prints one line per run, table one row per operation too");
    };
  }

  /**
   * A check of {@code machine} with the settings its {@code @ModelOf} declares, without system
   * properties and without failure memory: the same seed gives the same result on every machine.
   */
  public static <M, I, O> ModelCheck<M, I, O> of(Machine<M, I, O> machine) {
    return new ModelCheck<>(machine, machine.declared());
  }

  /**
   * This check against another implementation of the spec: a subclass, a variant with a known bug,
   * a second implementation of the same interface. {@code newImpl} builds it from each drawn setup
   * ({@code setup.arg(0)} is the model factory's first argument). Reports name {@code implType}; a
   * regression test calls its public constructor with the setup's arguments, which must build it
   * as {@code newImpl} does. Where {@code implType} has no such constructor, the report says so in
   * place of a regression test: give the Java that builds it with {@link #withImpl(Class, Function,
   * Function)}.
   */
  public ModelCheck<M, I, O> withImpl(Class<? extends I> implType, Function<Setup, ? extends I> newImpl) {
    Objects.requireNonNull(implType, "implType");
    Objects.requireNonNull(newImpl, "newImpl");
    return new ModelCheck<>(Engine.withImpl(machine, implType, newImpl), settings);
  }

  /**
   * As {@link #withImpl(Class, Function)}, for an implementation that a regression test cannot build
   * with a constructor taking the setup's arguments: {@code javaSource} receives those arguments
   * written as Java and returns the expression that builds the implementation as {@code newImpl}
   * does, which the regression test uses as it is:
   *
   * <pre>{@code
   * .withImpl(Counter.class, setup -> Counters.skipping(setup.arg(0)),
   *     args -> "com.example.Counters.skipping(" + args.get(0) + ")")
   * }</pre>
   *
   * <p>The test imports {@code implType}; write other classes by their full names.
   */
  public ModelCheck<M, I, O> withImpl(Class<? extends I> implType, Function<Setup, ? extends I> newImpl,
      Function<List<String>, String> javaSource) {
    Objects.requireNonNull(implType, "implType");
    Objects.requireNonNull(newImpl, "newImpl");
    Objects.requireNonNull(javaSource, "javaSource");
    return new ModelCheck<>(Engine.withImpl(machine, implType, newImpl, javaSource), settings);
  }

  /** This check with exactly {@code settings}, in place of those the spec declares. */
  public ModelCheck<M, I, O> withSettings(Settings settings) {
    return new ModelCheck<>(machine, Objects.requireNonNull(settings, "settings"));
  }

  /**
   * This check with the {@code modelof.*} system properties applied, as generated tests run: {@code
   * -Dmodelof.seed=...} replays a reported failure. Failures are remembered under the build
   * directory unless {@code modelof.memory=off}.
   */
  public ModelCheck<M, I, O> withSystemProperties() {
    return new ModelCheck<>(machine, settings.withSystemProperties());
  }

  /** This check with a fixed seed. */
  public ModelCheck<M, I, O> withSeed(long seed) {
    return new ModelCheck<>(machine, settings.withSeed(seed));
  }

  /** This check with {@code count} tries. */
  public ModelCheck<M, I, O> withTries(int count) {
    return new ModelCheck<>(machine, settings.withTries(count));
  }

  /** Runs the check; the result holds the shrunk failure, if any. */
  public Result<O> check() {
    return Engine.check(machine, settings);
  }

  /**
   * Replays {@code operations} from {@code setup} (a failure's {@link Failure#setup()} and {@link
   * Failure#operations()}, say): true when the implementation and the model disagree.
   */
  public boolean fails(Setup setup, List<O> operations) {
    return Engine.fails(machine, setup, operations);
  }
}

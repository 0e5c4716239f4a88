package dev.modelof.bench;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.internal.Machine;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * For each known-bug variant of the examples: wall time from the start of a run with the spec's
 * declared settings to its printed report, over 20 seeds (the fastest of 3 runs of each), in a
 * warm JVM (two rounds over other seeds are not measured); the try that found the bug (of
 * those found), the replays spent shrinking, the final length, and whether every result is
 * 1-minimal ({@link OneMinimal}).
 */
public final class FindAndShrink {
  static final int SEEDS = 20;
  /** Runs of each seed; the fastest counts, so that a moment of contention does not. */
  private static final int REPEATS = 3;
  private static final int WARM_UP_ROUNDS = 2;
  private static final long WARM_UP_SEEDS_FROM = 1001;
  private static final long SEEDS_FROM = 1;

  private FindAndShrink() {}

  public static void main(String[] args) {
    System.out.print(run());
  }

  /** Runs every variant and returns the table. */
  static String run() {
    List<Variant> variants = new ArrayList<>(LruBench.variants());
    variants.addAll(BTreeBench.variants());
    PrintStream report = new PrintStream(OutputStream.nullOutputStream());
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      for (Variant variant : variants) {
        measure(variant, WARM_UP_SEEDS_FROM + round * SEEDS, report);
      }
    }
    Table table = new Table("spec", "variant", "found", "median ms", "worst ms", "tries (median, worst)",
        "shrink replays (median, worst)", "length", "1-minimal");
    for (Variant variant : variants) {
      Runs runs = measure(variant, SEEDS_FROM, report);
      table.row(variant.spec(), variant.name(), runs.found + "/" + SEEDS,
          Table.millis(median(runs.nanos)), Table.millis(max(runs.nanos)),
          median(runs.tries) + ", " + max(runs.tries),
          median(runs.replays) + ", " + max(runs.replays),
          runs.minLength == runs.maxLength ? runs.minLength : runs.minLength + "-" + runs.maxLength,
          runs.notMinimal == null ? "all" : "NO: " + runs.notMinimal);
    }
    return table.toString();
  }

  /** The runs of one variant over {@link #SEEDS} seeds from {@code firstSeed}. */
  private static final class Runs {
    final long[] nanos = new long[SEEDS];
    long[] tries = new long[0];
    long[] replays = new long[0];
    int found;
    int minLength = Integer.MAX_VALUE;
    int maxLength;
    String notMinimal;
  }

  private static Runs measure(Variant variant, long firstSeed, PrintStream out) {
    Machine<?, ?, ?> machine = variant.machine();
    Runs runs = new Runs();
    List<Failure<?>> failures = new ArrayList<>();
    for (int i = 0; i < SEEDS; i++) {
      Result<?> result = null;
      runs.nanos[i] = Long.MAX_VALUE;
      for (int repeat = 0; repeat < REPEATS; repeat++) {
        long start = System.nanoTime();
        result = ModelCheck.of(machine).withSettings(machine.declared().withSeed(firstSeed + i)).check();
        if (!result.passed()) {
          out.println(result.failure().report());
        }
        runs.nanos[i] = Math.min(runs.nanos[i], System.nanoTime() - start);
      }
      if (!result.passed()) {
        failures.add(result.failure());
      }
    }
    runs.found = failures.size();
    runs.tries = failures.stream().mapToLong(Failure::tryNumber).toArray();
    runs.replays = failures.stream().mapToLong(Failure::replays).toArray();
    for (Failure<?> failure : failures) {
      runs.minLength = Math.min(runs.minLength, failure.length());
      runs.maxLength = Math.max(runs.maxLength, failure.length());
      String problem = OneMinimal.check(machine, failure);
      if (problem != null && runs.notMinimal == null) {
        runs.notMinimal = "seed " + failure.seed() + ": " + problem;
      }
    }
    return runs;
  }

  static long median(long[] values) {
    if (values.length == 0) {
      return 0;
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static long max(long[] values) {
    return Arrays.stream(values).max().orElse(0);
  }
}

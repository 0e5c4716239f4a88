package dev.modelof.bench;

import dev.modelof.Failure;
import dev.modelof.Result;
import dev.modelof.engine.Engine;
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
 * 1-minimal ({@link OneMinimal}). Each seed runs three times in turn: with the shrinker's search
 * for a failure shorter than a 1-minimal one off ("1-min"), on without its last passes (a step
 * dropped with the arguments that follow results, the reordering search: "no reorder"), and all on
 * ("shortest"), so that one run measures what each costs and gains.
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
        measureEachWay(variant, WARM_UP_SEEDS_FROM + round * SEEDS, report);
      }
    }
    Table table = new Table("spec", "variant", "found", "median ms, 1-min / no reorder / shortest",
        "worst ms, 1-min / no reorder / shortest", "tries (median, worst)",
        "shrink replays (median), 1-min / no reorder / shortest", "length, 1-min", "length, no reorder",
        "length, shortest", "1-minimal");
    StringBuilder perSeed = new StringBuilder();
    for (Variant variant : variants) {
      Runs[] ways = measureEachWay(variant, SEEDS_FROM, report);
      Runs before = ways[0];
      Runs middle = ways[1];
      Runs after = ways[2];
      table.row(variant.spec(), variant.name(), after.found + "/" + SEEDS,
          Table.millis(median(before.nanos)) + " / " + Table.millis(median(middle.nanos)) + " / "
              + Table.millis(median(after.nanos)),
          Table.millis(max(before.nanos)) + " / " + Table.millis(max(middle.nanos)) + " / "
              + Table.millis(max(after.nanos)),
          median(after.tries) + ", " + max(after.tries),
          median(before.replays) + " / " + median(middle.replays) + " / " + median(after.replays),
          lengths(before), lengths(middle), lengths(after),
          after.notMinimal == null ? "all" : "NO: " + after.notMinimal);
      perSeed.append(String.format("%-26s 1-min     %s%n%-26s no reorder%s%n%-26s shortest  %s%n", variant.name(),
          before.lengths, "", middle.lengths, "", after.lengths));
    }
    return table + "\nShrunk lengths, seeds " + SEEDS_FROM + " to " + (SEEDS_FROM + SEEDS - 1) + ":\n" + perSeed;
  }

  /** Smallest and largest length, and how many seeds reached the smallest. */
  private static String lengths(Runs runs) {
    if (runs.minLength == runs.maxLength) {
      return String.valueOf(runs.minLength);
    }
    return runs.minLength + "-" + runs.maxLength + " (" + runs.atMin + " at " + runs.minLength + ")";
  }

  /** The runs of one variant over {@link #SEEDS} seeds from {@code firstSeed}. */
  private static final class Runs {
    final long[] nanos = new long[SEEDS];
    long[] tries = new long[0];
    long[] replays = new long[0];
    int found;
    int minLength = Integer.MAX_VALUE;
    int maxLength;
    int atMin;
    String lengths = "";
    String notMinimal;
  }

  /** The shrinker's passes of each way a seed runs, in turn. */
  private static final Engine.Shrinking[] WAYS = Engine.Shrinking.values();

  /**
   * The runs of one variant with the shrinker's search for a shorter failure off, on without its
   * last passes, then all on; each seed runs the three ways in turn, so that a moment of contention
   * weighs on all alike.
   */
  private static Runs[] measureEachWay(Variant variant, long firstSeed, PrintStream out) {
    Machine<?, ?, ?> machine = variant.machine();
    Runs[] runs = new Runs[WAYS.length];
    List<List<Failure<?>>> failures = new ArrayList<>();
    for (int way = 0; way < WAYS.length; way++) {
      runs[way] = new Runs();
      failures.add(new ArrayList<>());
    }
    for (int i = 0; i < SEEDS; i++) {
      Result<?>[] results = new Result<?>[WAYS.length];
      for (Runs way : runs) {
        way.nanos[i] = Long.MAX_VALUE;
      }
      for (int repeat = 0; repeat < REPEATS; repeat++) {
        for (int way = 0; way < WAYS.length; way++) {
          long start = System.nanoTime();
          results[way] = Engine.check(machine, machine.declared().withSeed(firstSeed + i), WAYS[way]);
          if (!results[way].passed()) {
            out.println(results[way].failure().report());
          }
          runs[way].nanos[i] = Math.min(runs[way].nanos[i], System.nanoTime() - start);
        }
      }
      for (int way = 0; way < WAYS.length; way++) {
        if (!results[way].passed()) {
          failures.get(way).add(results[way].failure());
        }
      }
    }
    for (int way = 0; way < WAYS.length; way++) {
      summarize(machine, runs[way], failures.get(way));
    }
    return runs;
  }

  private static void summarize(Machine<?, ?, ?> machine, Runs runs, List<Failure<?>> failures) {
    runs.found = failures.size();
    runs.tries = failures.stream().mapToLong(Failure::tryNumber).toArray();
    runs.replays = failures.stream().mapToLong(Failure::replays).toArray();
    StringBuilder lengths = new StringBuilder();
    for (Failure<?> failure : failures) {
      runs.minLength = Math.min(runs.minLength, failure.length());
      runs.maxLength = Math.max(runs.maxLength, failure.length());
      lengths.append(String.format(" %2d", failure.length()));
      String problem = OneMinimal.check(machine, failure);
      if (problem != null && runs.notMinimal == null) {
        runs.notMinimal = "seed " + failure.seed() + ": " + problem;
      }
    }
    runs.lengths = lengths.toString();
    runs.atMin = (int) failures.stream().filter(f -> f.length() == runs.minLength).count();
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

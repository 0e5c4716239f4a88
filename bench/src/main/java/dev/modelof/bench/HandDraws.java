package dev.modelof.bench;

import java.util.SplittableRandom;

/**
 * The random choices of one try of a hand-written loop, made the way a careful hand-written random
 * test would make them and with the same distributions as the generated runner: the same schedule
 * of sizes and lengths over the tries, the same operation weights, ints whose magnitude grows with
 * the size with an edge case one time in eight, and half of the time a value this parameter was
 * given before. No objects, no boxing: ints in arrays.
 */
public final class HandDraws {
  private static final int POOL_LIMIT = 64;
  private static final int[] EDGES = {0, Integer.MIN_VALUE, Integer.MAX_VALUE, 1, -1};

  private final SplittableRandom random;
  private final long magnitude;

  /** The draws of try {@code tryIndex} of a run of {@code tries} with {@code seed}. */
  public HandDraws(long seed, int tryIndex, int tries) {
    this.random = new SplittableRandom(mix(seed + tryIndex * 0x9E3779B97F4A7C15L));
    this.magnitude = 1L << Math.min(31, 2 + 29 * size(tryIndex, tries) / 100);
  }

  /** The size of try {@code tryIndex}: 1 for the first try, 100 for the last. */
  public static int size(int tryIndex, int tries) {
    return 1 + 99 * tryIndex / Math.max(1, tries - 1);
  }

  /**
   * How many steps try {@code tryIndex} runs: short sequences first, {@code steps} after a fifth of
   * the run, ten times as many in its second half (the runner's deep tries).
   */
  public static int length(int tryIndex, int tries, int steps) {
    if (tryIndex >= tries - tries / 2) {
      return 10 * steps;
    }
    return Math.min(steps, 1 + (tryIndex + 1) * steps / Math.max(1, tries / 5));
  }

  /** A uniform int in {@code [min, max]}, for a setup value. */
  public int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  /** A uniform int in {@code [0, bound)}: an operation, by weight. */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** An int for a parameter: half of the time one it was given before, otherwise a new one. */
  public int draw(Pool pool) {
    if (pool.size > 0 && random.nextBoolean()) {
      return pool.values[random.nextInt(pool.size)];
    }
    int value = fresh();
    pool.add(value);
    return value;
  }

  private int fresh() {
    if (random.nextInt(8) == 0) {
      return EDGES[random.nextInt(EDGES.length)];
    }
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, random.nextLong(-magnitude, magnitude + 1)));
  }

  /** The distinct values one parameter was given, up to 64. */
  public static final class Pool {
    private final int[] values = new int[POOL_LIMIT];
    private int size;

    void add(int value) {
      if (size == POOL_LIMIT) {
        return;
      }
      for (int i = 0; i < size; i++) {
        if (values[i] == value) {
          return;
        }
      }
      values[size++] = value;
    }
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

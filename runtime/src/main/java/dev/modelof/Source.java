package dev.modelof;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The seeded randomness of one try, with its size and the values earlier steps used.
 *
 * <p>{@link #size()} grows from 1 to 100 over a run, so generators give small values first. {@link
 * #draw} hands back, half of the time, a value that an earlier step drew from an equal generator:
 * a key that {@code put} used is what a later {@code get} often asks for.
 */
public final class Source {
  private static final int POOL_LIMIT = 64;

  private final SplittableRandom random;
  private final int size;
  private final Map<Gen<?>, List<Object>> pools = new HashMap<>();
  private final boolean reuse;

  /** A source drawing from {@code seed}, at {@code size} (clamped to 1..100). */
  public Source(long seed, int size) {
    this(seed, size, true);
  }

  /** With {@code reuse} false, {@link #draw} never hands back an earlier value. */
  Source(long seed, int size, boolean reuse) {
    this.random = new SplittableRandom(seed);
    this.size = Math.max(1, Math.min(100, size));
    this.reuse = reuse;
  }

  /** From 1 (the first tries) to 100 (the last): how large generated values may be. */
  public int size() {
    return size;
  }

  /** A uniform int in {@code [0, bound)}. */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** A uniform long in {@code [min, max]}, inclusive. */
  public long between(long min, long max) {
    if (min == Long.MIN_VALUE && max == Long.MAX_VALUE) {
      return random.nextLong();
    }
    if (max - min + 1 == 0 || max - min + 1 < 0) {
      // the span overflows a long: draw until in range
      long value;
      do {
        value = random.nextLong();
      } while (value < min || value > max);
      return value;
    }
    return min + random.nextLong(max - min + 1);
  }

  /** A uniform double in {@code [0, 1)}. */
  public double nextDouble() {
    return random.nextDouble();
  }

  /** True with probability {@code p}. */
  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** One element of a non-empty list, uniformly. */
  public <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /**
   * A value from {@code gen}: half of the time one that an earlier step drew from an equal
   * generator, otherwise a new one. Either way the value joins the pool.
   */
  public <T> T draw(Gen<T> gen) {
    List<Object> pool = reuse ? pools.get(gen) : null;
    if (pool != null && !pool.isEmpty() && random.nextBoolean()) {
      @SuppressWarnings("unchecked") // the pool of gen holds only values gen produced
      T reused = (T) pool.get(random.nextInt(pool.size()));
      return reused;
    }
    T value = gen.generate(this);
    remember(gen, value);
    return value;
  }

  /**
   * A value from {@code gen} that no earlier draw from an equal generator produced, as far as a
   * few attempts can find one (a generator with few values may run out).
   */
  public <T> T fresh(Gen<T> gen) {
    List<Object> pool = pools.get(gen);
    T value = gen.generate(this);
    for (int attempt = 0; pool != null && pool.contains(value) && attempt < 100; attempt++) {
      value = gen.generate(this);
    }
    remember(gen, value);
    return value;
  }

  private void remember(Gen<?> gen, Object value) {
    List<Object> pool = pools.computeIfAbsent(gen, g -> new ArrayList<>());
    if (pool.size() < POOL_LIMIT && !pool.contains(value)) {
      pool.add(value);
    }
  }
}

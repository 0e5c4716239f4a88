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
  /** The same values, also by parameter name: a {@code key} comes back as a {@code key}. */
  private final Map<List<Object>, List<Object>> namedPools = new HashMap<>();

  public Source(long seed, int size) {
    this.random = new SplittableRandom(seed);
    this.size = Math.max(1, Math.min(100, size));
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
    return draw(gen, "");
  }

  /**
   * A value from {@code gen} for a parameter called {@code name}: half of the time one that an
   * earlier step drew from an equal generator, most often for a parameter of the same name (the
   * {@code key} of a {@code put} comes back as the {@code key} of a {@code get}, more than its
   * {@code value} does), otherwise a new one. Either way the value joins the pools.
   */
  public <T> T draw(Gen<T> gen, String name) {
    List<Object> pool = pools.get(gen);
    if (pool != null && !pool.isEmpty() && random.nextBoolean()) {
      List<Object> named = namedPools.get(List.of(gen, name));
      List<Object> from = named != null && random.nextInt(4) != 0 ? named : pool;
      @SuppressWarnings("unchecked") // the pools of gen hold only values gen produced
      T reused = (T) from.get(random.nextInt(from.size()));
      return reused;
    }
    T value = gen.generate(this);
    remember(gen, name, value);
    return value;
  }

  /**
   * A value from {@code gen} that no earlier draw from an equal generator produced, as far as a
   * few attempts can find one (a generator with few values may run out).
   */
  public <T> T fresh(Gen<T> gen) {
    return fresh(gen, "");
  }

  /** Like {@link #fresh(Gen)}, remembering the value for later parameters called {@code name}. */
  public <T> T fresh(Gen<T> gen, String name) {
    List<Object> pool = pools.get(gen);
    T value = gen.generate(this);
    for (int attempt = 0; pool != null && pool.contains(value) && attempt < 100; attempt++) {
      value = gen.generate(this);
    }
    remember(gen, name, value);
    return value;
  }

  private void remember(Gen<?> gen, String name, Object value) {
    add(pools.computeIfAbsent(gen, g -> new ArrayList<>()), value);
    add(namedPools.computeIfAbsent(List.of(gen, name), g -> new ArrayList<>()), value);
  }

  private static void add(List<Object> pool, Object value) {
    if (pool.size() < POOL_LIMIT && !pool.contains(value)) {
      pool.add(value);
    }
  }
}

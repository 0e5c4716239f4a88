package dev.modelof;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
  /** The values drawn from each generator; equal generators share one pool. */
  private final Map<Gen<?>, Pool> pools = new HashMap<>();
  /** The same pools by generator instance, found without hashing or comparing generators. */
  private final Map<Gen<?>, Pool> poolsByInstance = new IdentityHashMap<>();

  /** The values of one generator, all of them and by parameter name: a {@code key} comes back as a {@code key}. */
  private static final class Pool {
    final Distinct all = new Distinct();
    final Map<String, Distinct> byName = new HashMap<>();
  }

  /**
   * Up to {@link #POOL_LIMIT} distinct values in the order first seen. A hash index finds whether a
   * value is there: scanning the list for each new value cost more than drawing it.
   */
  private static final class Distinct {
    final List<Object> values = new ArrayList<>();
    /** The same values by hash, open addressing with linear probing: a slot is null until taken. */
    private final Object[] index = new Object[2 * POOL_LIMIT];
    private boolean holdsNull;

    boolean contains(Object value) {
      if (value == null) {
        return holdsNull;
      }
      for (int slot = slot(value); index[slot] != null; slot = (slot + 1) & (index.length - 1)) {
        if (index[slot].equals(value)) {
          return true;
        }
      }
      return false;
    }

    void add(Object value) {
      if (values.size() == POOL_LIMIT || contains(value)) {
        return;
      }
      values.add(value);
      if (value == null) {
        holdsNull = true;
        return;
      }
      int slot = slot(value);
      while (index[slot] != null) {
        slot = (slot + 1) & (index.length - 1);
      }
      index[slot] = value;
    }

    private int slot(Object value) {
      int h = value.hashCode() * 0x9E3779B9;
      return (h ^ (h >>> 16)) & (index.length - 1);
    }
  }

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
    Pool pool = pool(gen);
    if (!pool.all.values.isEmpty() && random.nextBoolean()) {
      Distinct named = pool.byName.get(name);
      List<Object> from = named != null && random.nextInt(4) != 0 ? named.values : pool.all.values;
      @SuppressWarnings("unchecked") // the pools of gen hold only values gen produced
      T reused = (T) from.get(random.nextInt(from.size()));
      return reused;
    }
    T value = gen.generate(this);
    remember(pool, name, value);
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
    Pool pool = pool(gen);
    T value = gen.generate(this);
    for (int attempt = 0; pool.all.contains(value) && attempt < 100; attempt++) {
      value = gen.generate(this);
    }
    remember(pool, name, value);
    return value;
  }

  private Pool pool(Gen<?> gen) {
    Pool pool = poolsByInstance.get(gen);
    if (pool == null) {
      pool = pools.computeIfAbsent(gen, g -> new Pool());
      poolsByInstance.put(gen, pool);
    }
    return pool;
  }

  private static void remember(Pool pool, String name, Object value) {
    pool.all.add(value);
    pool.byName.computeIfAbsent(name, n -> new Distinct()).add(value);
  }
}

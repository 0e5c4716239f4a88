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
 * #draw} hands back, two times in three, a value that an earlier step drew from an equal generator:
 * a key that {@code put} used is what a later {@code get} often asks for. Parameters are drawn by
 * name too, and a value reused for a parameter comes mostly from parameters of the same name of
 * other operations: {@code get(int key)} asks for the keys of {@code put(int key, int value)}, not
 * its values, nor the keys of earlier gets.
 */
public final class Source {
  private static final int POOL_LIMIT = 64;

  private final SplittableRandom random;
  private final int size;
  private final Map<Gen<?>, List<Object>> pools = new HashMap<>();
  /** The values of each generator by the name of the parameter that drew them. */
  private final Map<Gen<?>, Map<String, Named>> named = new HashMap<>();
  private final boolean reuse;
  private int operation = -1;

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
   * A value from {@code gen}: two times in three one that an earlier step drew from an equal
   * generator, otherwise a new one. Either way the value joins the pool.
   */
  public <T> T draw(Gen<T> gen) {
    return draw(gen, null);
  }

  /**
   * A value from {@code gen} for a parameter called {@code name}: as {@link #draw(Gen)}, and a
   * reused value comes three times in four from those drawn for parameters of the same name (the
   * {@code key} of a {@code put} comes back as the {@code key} of a {@code get}, more than its
   * {@code value} does), preferring those that other operations brought in.
   */
  public <T> T draw(Gen<T> gen, String name) {
    name = name == null || name.isEmpty() ? null : name;
    List<Object> pool = reuse ? pools.get(gen) : null;
    if (pool != null && !pool.isEmpty() && random.nextInt(3) != 0) {
      Map<String, Named> byName = named.get(gen);
      Named sameName = name == null || byName == null ? null : byName.get(name);
      @SuppressWarnings("unchecked") // the pools of gen hold only values gen produced
      T reused = (T) (sameName != null && random.nextInt(4) != 0 ? sameName.pick(random, operation)
          : pool.get(random.nextInt(pool.size())));
      if (name != null) {
        remember(gen, name, reused);
      }
      return reused;
    }
    T value = gen.generate(this);
    remember(gen, name, value);
    return value;
  }

  /** Says which operation the next draws are for, by index; -1 for the setup. */
  void drawingFor(int operationIndex) {
    this.operation = operationIndex;
  }

  /**
   * A value from {@code gen} that no earlier draw from an equal generator produced, as far as a
   * few attempts can find one (a generator with few values may run out).
   */
  public <T> T fresh(Gen<T> gen) {
    return fresh(gen, null);
  }

  /** Like {@link #fresh(Gen)}, remembering the value for later parameters called {@code name}. */
  public <T> T fresh(Gen<T> gen, String name) {
    name = name == null || name.isEmpty() ? null : name;
    List<Object> pool = pools.get(gen);
    T value = gen.generate(this);
    for (int attempt = 0; pool != null && pool.contains(value) && attempt < 100; attempt++) {
      value = gen.generate(this);
    }
    remember(gen, name, value);
    return value;
  }

  private void remember(Gen<?> gen, String name, Object value) {
    remember(pools.computeIfAbsent(gen, g -> new ArrayList<>()), value);
    if (name != null) {
      named.computeIfAbsent(gen, g -> new HashMap<>()).computeIfAbsent(name, n -> new Named()).add(operation, value);
    }
  }

  /**
   * The values drawn for parameters of one name, each with the operation that brought it in: a
   * lookup such as {@code get(key)} wants the keys that {@code put} brought, not its own misses.
   */
  private static final class Named {
    private final List<Object> values = new ArrayList<>();
    private final List<Integer> broughtBy = new ArrayList<>();

    void add(int operation, Object value) {
      if (values.size() < POOL_LIMIT && !values.contains(value)) {
        values.add(value);
        broughtBy.add(operation);
      }
    }

    /** A value, from those other operations than {@code operation} brought in when there are any. */
    Object pick(SplittableRandom random, int operation) {
      int others = 0;
      for (int by : broughtBy) {
        others += by != operation ? 1 : 0;
      }
      if (others == 0) {
        return values.get(random.nextInt(values.size()));
      }
      int skip = random.nextInt(others);
      for (int i = 0; ; i++) {
        if (broughtBy.get(i) != operation && skip-- == 0) {
          return values.get(i);
        }
      }
    }
  }

  private static void remember(List<Object> pool, Object value) {
    if (pool.size() < POOL_LIMIT && !pool.contains(value)) {
      pool.add(value);
    }
  }
}

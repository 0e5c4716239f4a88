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
  private final Map<Gen<?>, Pool> pools = new HashMap<>();
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
    String as = name == null || name.isEmpty() ? null : name;
    Pool pool = reuse ? pools.get(gen) : null;
    if (pool != null && !pool.values.isEmpty() && random.nextInt(3) != 0) {
      Named sameName = as == null ? null : pool.named(as);
      boolean ofSameName = sameName != null && random.nextInt(4) != 0;
      @SuppressWarnings("unchecked") // the pools of gen hold only values gen produced
      T reused = (T) (ofSameName ? sameName.pick(random, operation)
          : pool.values.get(random.nextInt(pool.values.size())));
      if (as != null && !ofSameName) {
        // a value of the same name is in that name's pool already
        pool.add(as, operation, reused);
      }
      return reused;
    }
    T value = gen.generate(this);
    remember(gen, as, value);
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
    Pool pool = pools.get(gen);
    T value = gen.generate(this);
    for (int attempt = 0; pool != null && pool.seen.contains(value) && attempt < 100; attempt++) {
      value = gen.generate(this);
    }
    remember(gen, name == null || name.isEmpty() ? null : name, value);
    return value;
  }

  private void remember(Gen<?> gen, String name, Object value) {
    Pool pool = pools.get(gen);
    if (pool == null) {
      pool = new Pool();
      pools.put(gen, pool);
    }
    pool.add(value);
    if (name != null) {
      pool.add(name, operation, value);
    }
  }

  /** The values one generator produced in a try: all of them, and by the name of the parameter that drew them. */
  private static final class Pool {
    final List<Object> values = new ArrayList<>();
    final Seen seen = new Seen();
    private Map<String, Named> byName;

    void add(Object value) {
      if (values.size() < POOL_LIMIT && seen.add(value)) {
        values.add(value);
      }
    }

    void add(String name, int operation, Object value) {
      if (byName == null) {
        byName = new HashMap<>();
      }
      Named named = byName.get(name);
      if (named == null) {
        named = new Named();
        byName.put(name, named);
      }
      named.add(operation, value);
    }

    Named named(String name) {
      return byName == null ? null : byName.get(name);
    }
  }

  /**
   * The values drawn for parameters of one name, each with the operation that brought it in: a
   * lookup such as {@code get(key)} wants the keys that {@code put} brought, not its own misses.
   */
  private static final class Named {
    private final List<Object> values = new ArrayList<>();
    private final Seen seen = new Seen();
    private final List<Integer> broughtBy = new ArrayList<>();
    /** How many values each operation brought in, by operation index + 1. */
    private int[] counts = new int[4];

    void add(int operation, Object value) {
      if (values.size() < POOL_LIMIT && seen.add(value)) {
        values.add(value);
        broughtBy.add(operation);
        if (operation + 1 >= counts.length) {
          counts = java.util.Arrays.copyOf(counts, operation + 2);
        }
        counts[operation + 1]++;
      }
    }

    /** A value, from those other operations than {@code operation} brought in when there are any. */
    Object pick(SplittableRandom random, int operation) {
      int own = operation + 1 < counts.length ? counts[operation + 1] : 0;
      while (true) {
        int i = random.nextInt(values.size());
        if (own == values.size() || broughtBy.get(i) != operation) {
          return values.get(i);
        }
      }
    }
  }

  /**
   * The distinct values of one pool, at most {@link #POOL_LIMIT}: a fixed open-addressing table, as
   * a HashSet made each try allocated and resized more than the rest of drawing cost.
   */
  private static final class Seen {
    private final Object[] slots = new Object[2 * POOL_LIMIT];
    private boolean nullSeen;

    boolean contains(Object value) {
      return value == null ? nullSeen : slots[slot(value)] != null;
    }

    /** Adds {@code value}; false when it was there already. */
    boolean add(Object value) {
      if (value == null) {
        boolean added = !nullSeen;
        nullSeen = true;
        return added;
      }
      int slot = slot(value);
      if (slots[slot] != null) {
        return false;
      }
      slots[slot] = value;
      return true;
    }

    /** The slot holding {@code value}, or the free slot where it goes (linear probing). */
    private int slot(Object value) {
      int hash = value.hashCode() * 0x9E3779B9;
      int slot = (hash ^ (hash >>> 16)) & (slots.length - 1);
      while (slots[slot] != null && !slots[slot].equals(value)) {
        slot = (slot + 1) & (slots.length - 1);
      }
      return slot;
    }
  }
}

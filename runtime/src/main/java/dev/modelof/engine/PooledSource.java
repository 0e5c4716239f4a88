package dev.modelof.engine;

import dev.modelof.Gen;
import dev.modelof.Source;
import dev.modelof.engine.generation.BasicGens;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The engine's {@link Source}: the seeded randomness of one try, with its size and the values earlier steps used.
 *
 * <p>{@link #size()} grows from 1 to 100 over a run, so generators give small values first. {@link
 * #draw} hands back, two times in three, a value that an earlier step drew from an equal generator:
 * a key that {@code put} used is what a later {@code get} often asks for. Parameters are drawn by
 * name too, and a value reused for a parameter comes mostly from parameters of the same name of
 * other operations: {@code get(int key)} asks for the keys of {@code put(int key, int value)}, not
 * its values, nor the keys of earlier gets.
 */
public final class PooledSource implements Source {
  private static final int POOL_LIMIT = 64;

  private final SplittableRandom random;
  private final int size;
  private final Map<Gen<?>, Pool> pools = new HashMap<>();
  /**
   * The pools of the generators a plan numbered, and of the pairs of a generator and a parameter
   * name, by number: a draw with the numbers finds them without a lookup. Each is in the maps too.
   */
  private final Pool[] poolSlots;
  private final Named[] nameSlots;
  private final Map<Gen<?>, Integer> genNumbers;
  private final Map<List<Object>, Integer> nameNumbers;
  private final boolean reuse;
  private int operation = -1;

  /** A source drawing from {@code seed}, at {@code size} (clamped to 1..100). */
  public PooledSource(long seed, int size) {
    this(seed, size, true);
  }

  /** With {@code reuse} false, {@link #draw} never hands back an earlier value. */
  PooledSource(long seed, int size, boolean reuse) {
    this(seed, size, reuse, Map.of(), Map.of());
  }

  /** With the pools of {@code plan}'s generators and names found by their numbers. */
  PooledSource(long seed, int size, boolean reuse, Plan plan) {
    this(seed, size, reuse, plan.genSlots, plan.nameSlots);
  }

  private PooledSource(long seed, int size, boolean reuse, Map<Gen<?>, Integer> gens, Map<List<Object>, Integer> names) {
    this.random = new SplittableRandom(seed);
    this.size = Math.max(1, Math.min(100, size));
    this.reuse = reuse;
    this.genNumbers = gens;
    this.nameNumbers = names;
    this.poolSlots = new Pool[gens.size()];
    this.nameSlots = new Named[names.size()];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  @Override
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

  @Override
  public double nextDouble() {
    return random.nextDouble();
  }

  @Override
  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  @Override
  public <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  @Override
  public <T> T draw(Gen<T> gen) {
    return draw(gen, null);
  }

  @Override
  public <T> T draw(Gen<T> gen, String name) {
    return draw(gen, name == null || name.isEmpty() ? null : name, -1, -1);
  }

  /**
   * As {@link #draw(Gen, String)} for a parameter called {@code as} (null for none), finding the
   * pools of {@code gen} and of {@code as} by the numbers a {@link Plan} gave them (-1: by lookup).
   */
  <T> T draw(Gen<T> gen, String as, int genSlot, int nameSlot) {
    Pool pool = reuse ? pool(gen, genSlot) : null;
    if (pool != null && pool.size > 0 && random.nextInt(3) != 0) {
      Named sameName = as == null ? null : named(gen, pool, as, nameSlot, false);
      boolean ofSameName = sameName != null && random.nextInt(4) != 0;
      @SuppressWarnings("unchecked") // the pools of gen hold only values gen produced
      T reused = (T) (ofSameName ? sameName.get(sameName.pick(random, operation))
          : pool.get(random.nextInt(pool.size)));
      if (as != null && !ofSameName) {
        // a value of the same name is in that name's pool already
        named(gen, pool, as, nameSlot, true).add(operation, reused);
      }
      return reused;
    }
    T value = gen.generate(this);
    remember(gen, as, value, genSlot, nameSlot);
    return value;
  }

  /**
   * As {@link #draw(Gen, String, int, int)} for an {@code int} from {@link dev.modelof.Gens#ints}, without
   * boxing: the same choices, the same pools.
   */
  int drawInt(BasicGens.Ints gen, String as, int genSlot, int nameSlot) {
    Pool pool = reuse ? poolSlots[genSlot] : null;
    if (pool != null && pool.size > 0 && random.nextInt(3) != 0) {
      Named sameName = as == null ? null : nameSlots[nameSlot];
      boolean ofSameName = sameName != null && random.nextInt(4) != 0;
      int reused = ofSameName ? sameName.ints[sameName.pick(random, operation)] : pool.ints[random.nextInt(pool.size)];
      if (as != null && !ofSameName) {
        named(gen, pool, as, nameSlot, true).addInt(operation, reused);
      }
      return reused;
    }
    int value = gen.generateInt(this);
    Pool into = pool(gen, genSlot, true);
    into.addInt(value);
    if (as != null) {
      named(gen, into, as, nameSlot, true).addInt(operation, value);
    }
    return value;
  }

  /** Says which operation the next draws are for, by index; -1 for the setup. */
  void drawingFor(int operationIndex) {
    this.operation = operationIndex;
  }

  @Override
  public <T> T fresh(Gen<T> gen) {
    return fresh(gen, null);
  }

  @Override
  public <T> T fresh(Gen<T> gen, String name) {
    return fresh(gen, name == null || name.isEmpty() ? null : name, -1, -1);
  }

  /** As {@link #fresh(Gen, String)}, with the pools' numbers as for {@link #draw(Gen, String, int, int)}. */
  <T> T fresh(Gen<T> gen, String as, int genSlot, int nameSlot) {
    Pool pool = pool(gen, genSlot);
    T value = gen.generate(this);
    for (int attempt = 0; pool != null && pool.contains(value) && attempt < 100; attempt++) {
      value = gen.generate(this);
    }
    remember(gen, as, value, genSlot, nameSlot);
    return value;
  }

  private void remember(Gen<?> gen, String name, Object value, int genSlot, int nameSlot) {
    Pool pool = pool(gen, genSlot, true);
    pool.add(value);
    if (name != null) {
      named(gen, pool, name, nameSlot, true).add(operation, value);
    }
  }

  /**
   * The pool of {@code gen}, made when there is none yet (of unboxed ints for {@link dev.modelof.Gens#ints}),
   * under its number too when its plan gave it one.
   */
  private Pool pool(Gen<?> gen, int slot, boolean create) {
    Pool pool = pool(gen, slot);
    if (pool == null) {
      pool = new Pool(gen instanceof BasicGens.Ints);
      pools.put(gen, pool);
      int number = slot >= 0 ? slot : genNumbers.getOrDefault(gen, -1);
      if (number >= 0) {
        poolSlots[number] = pool;
      }
    }
    return pool;
  }

  /** The pool of {@code gen}, or null while it has none. */
  private Pool pool(Gen<?> gen, int slot) {
    return slot >= 0 ? poolSlots[slot] : pools.get(gen);
  }

  /**
   * The values of {@code gen}'s {@code pool} drawn for parameters called {@code name}; made when
   * {@code create} (under its number too when its plan gave it one), else null while there are none.
   */
  private Named named(Gen<?> gen, Pool pool, String name, int slot, boolean create) {
    Named named = slot >= 0 ? nameSlots[slot] : pool.named(name, false);
    if (named == null && create) {
      named = pool.named(name, true);
      int number = slot >= 0 ? slot : nameNumbers.getOrDefault(List.of(gen, name), -1);
      if (number >= 0) {
        nameSlots[number] = named;
      }
    }
    return named;
  }

  /**
   * Distinct values in the order first drawn, at most {@link #POOL_LIMIT}: boxed, or for the ints
   * of {@link dev.modelof.Gens#ints} unboxed in an {@code int[]}, which the object methods box and unbox.
   */
  private static class Bag {
    private final Object[] values;
    final int[] ints;
    /**
     * The position + 1 of each value, at a slot by its hash (0: free), probed linearly. A {@code
     * HashSet} made in every try allocated and resized more than the rest of drawing cost.
     */
    private final byte[] table = new byte[2 * POOL_LIMIT];
    int size;

    Bag(boolean ofInts) {
      this.values = ofInts ? null : new Object[POOL_LIMIT];
      this.ints = ofInts ? new int[POOL_LIMIT] : null;
    }

    Object get(int index) {
      return ints == null ? values[index] : Integer.valueOf(ints[index]);
    }

    boolean contains(Object value) {
      if (ints != null) {
        return value instanceof Integer i && table[intSlot(i)] != 0;
      }
      int slot = slot(value);
      return slot >= 0 && table[slot] != 0;
    }

    /** Adds {@code value} unless it is there or the bag is full; false then. */
    boolean add(Object value) {
      if (ints != null) {
        return addInt((Integer) value);
      }
      if (size == POOL_LIMIT) {
        return false;
      }
      int slot = slot(value);
      if (slot < 0 || table[slot] != 0) {
        return false;
      }
      values[size++] = value;
      table[slot] = (byte) size;
      return true;
    }

    boolean addInt(int value) {
      if (size == POOL_LIMIT) {
        return false;
      }
      int slot = intSlot(value);
      if (table[slot] != 0) {
        return false;
      }
      ints[size++] = value;
      table[slot] = (byte) size;
      return true;
    }

    /**
     * The slot holding {@code value}, or the free slot where it goes; -1 when its {@code hashCode}
     * or {@code equals} throws: such a value is never reused, and the step that uses it runs.
     */
    private int slot(Object value) {
      try {
        int slot = spread(Objects.hashCode(value));
        for (int at; (at = table[slot]) != 0 && !Objects.equals(values[at - 1], value); ) {
          slot = (slot + 1) & (table.length - 1);
        }
        return slot;
      } catch (RuntimeException e) {
        return -1;
      }
    }

    /** {@link #slot} for unboxed ints: the same answers for the same values. */
    private int intSlot(int value) {
      int slot = spread(value);
      for (int at; (at = table[slot]) != 0 && ints[at - 1] != value; ) {
        slot = (slot + 1) & (table.length - 1);
      }
      return slot;
    }

    private int spread(int hashCode) {
      int hash = hashCode * 0x9E3779B9;
      return (hash ^ (hash >>> 16)) & (table.length - 1);
    }
  }

  /** The values one generator produced in a try: all of them, and by the name of the parameter that drew them. */
  private static final class Pool extends Bag {
    private final boolean ofInts;
    private Map<String, Named> byName;

    Pool(boolean ofInts) {
      super(ofInts);
      this.ofInts = ofInts;
    }

    /** The values drawn for {@code name}; made when {@code create}, else null while there are none. */
    Named named(String name, boolean create) {
      Named named = byName == null ? null : byName.get(name);
      if (named == null && create) {
        if (byName == null) {
          byName = new HashMap<>();
        }
        named = new Named(ofInts);
        byName.put(name, named);
      }
      return named;
    }
  }

  /**
   * The values drawn for parameters of one name, each with the operation that brought it in: a
   * lookup such as {@code get(key)} wants the keys that {@code put} brought, not its own misses.
   */
  private static final class Named extends Bag {
    private final int[] broughtBy = new int[POOL_LIMIT];
    /** How many values each operation brought in, by operation index + 1. */
    private int[] counts = new int[4];

    Named(boolean ofInts) {
      super(ofInts);
    }

    void add(int operation, Object value) {
      if (add(value)) {
        brought(operation);
      }
    }

    void addInt(int operation, int value) {
      if (addInt(value)) {
        brought(operation);
      }
    }

    private void brought(int operation) {
      broughtBy[size - 1] = operation;
      if (operation + 1 >= counts.length) {
        counts = Arrays.copyOf(counts, operation + 2);
      }
      counts[operation + 1]++;
    }

    /** The index of a value, from those other operations than {@code operation} brought in when there are any. */
    int pick(SplittableRandom random, int operation) {
      int own = operation + 1 < counts.length ? counts[operation + 1] : 0;
      while (true) {
        int i = random.nextInt(size);
        if (own == size || broughtBy[i] != operation) {
          return i;
        }
      }
    }
  }
}

package dev.modelof.bench;

import dev.modelof.bench.counter.Counter;
import dev.modelof.bench.counter.CounterModel;
import dev.modelof.bench.sortedmap.SortedArrayMap;
import dev.modelof.bench.sortedmap.TreeMapModel;
import dev.modelof.example.lru.LruCache;
import dev.modelof.example.lru.NaiveLru;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The plainest random test of each small system: a {@link SplittableRandom}, an operation drawn
 * uniformly, keys uniform in [0, 64) and values any int, called on the model and the
 * implementation, results compared, nothing recorded, nothing reused. The runner's schedule of
 * tries and lengths, so a run has as many steps as a run of the spec's machine. What the engine's
 * cost per step is measured against.
 */
public final class PlainLoops {
  private static final int KEYS = 64;

  private PlainLoops() {}

  /** A run of the counter; returns its steps. */
  public static long counter(long seed, int tries, int steps) {
    long run = 0;
    for (int t = 0; t < tries; t++) {
      SplittableRandom random = new SplittableRandom(seed + t);
      CounterModel model = new CounterModel();
      Counter impl = new Counter();
      int length = HandDraws.length(t, tries, steps);
      for (int i = 0; i < length; i++) {
        switch (random.nextInt(3)) {
          case 0 -> {
            model.increment();
            impl.increment();
          }
          case 1 -> {
            model.decrement();
            impl.decrement();
          }
          default -> {
            if (model.get() != impl.get()) {
              throw new AssertionError("get() differs in try " + t + ", step " + i);
            }
          }
        }
      }
      run += length;
    }
    return run;
  }

  /** A run of the LRU cache; returns its steps. */
  public static long lru(long seed, int tries, int steps) {
    long run = 0;
    for (int t = 0; t < tries; t++) {
      SplittableRandom random = new SplittableRandom(seed + t);
      int capacity = 1 + random.nextInt(4);
      NaiveLru model = new NaiveLru(capacity);
      LruCache impl = new LruCache(capacity);
      int length = HandDraws.length(t, tries, steps);
      for (int i = 0; i < length; i++) {
        switch (random.nextInt(3)) {
          case 0 -> {
            int key = random.nextInt(KEYS);
            if (!model.get(key).equals(impl.get(key))) {
              throw new AssertionError("get(" + key + ") differs in try " + t + ", step " + i);
            }
          }
          case 1 -> {
            int key = random.nextInt(KEYS);
            int value = random.nextInt();
            model.put(key, value);
            impl.put(key, value);
          }
          default -> {
            if (model.size() != impl.size()) {
              throw new AssertionError("size() differs in try " + t + ", step " + i);
            }
          }
        }
      }
      run += length;
    }
    return run;
  }

  /** A run of the sorted-array map; returns its steps. */
  public static long sortedMap(long seed, int tries, int steps) {
    long run = 0;
    for (int t = 0; t < tries; t++) {
      SplittableRandom random = new SplittableRandom(seed + t);
      TreeMapModel model = new TreeMapModel();
      SortedArrayMap impl = new SortedArrayMap();
      int length = HandDraws.length(t, tries, steps);
      for (int i = 0; i < length; i++) {
        boolean same = switch (random.nextInt(4)) {
          case 0 -> {
            int key = random.nextInt(KEYS);
            yield Objects.equals(model.get(key), impl.get(key));
          }
          case 1 -> {
            int key = random.nextInt(KEYS);
            int value = random.nextInt();
            yield Objects.equals(model.put(key, value), impl.put(key, value));
          }
          case 2 -> {
            int key = random.nextInt(KEYS);
            yield Objects.equals(model.remove(key), impl.remove(key));
          }
          default -> model.size() == impl.size();
        };
        if (!same) {
          throw new AssertionError("differs in try " + t + ", step " + i);
        }
      }
      run += length;
    }
    return run;
  }
}

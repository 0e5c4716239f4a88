package dev.modelof.bench;

import dev.modelof.example.lru.LruCache;
import dev.modelof.example.lru.LruCacheSpecMachine;
import dev.modelof.example.lru.NaiveLru;

/**
 * The work of a run of {@link LruCacheSpecMachine}, written by hand: the same tries, operation mix
 * and value ranges, the same model and cache, called directly and compared with {@code equals} and
 * {@code ==}; nothing recorded, nothing boxed beyond what the cache and the model return.
 */
public final class LruHandLoop {
  private LruHandLoop() {}

  /** Runs {@code tries} sequences; returns the number of steps run. Throws on a disagreement. */
  public static long run(long seed, int tries, int steps) {
    long stepsRun = 0;
    for (int t = 0; t < tries; t++) {
      HandDraws draws = new HandDraws(seed, t, tries);
      int capacity = draws.between(1, 4);
      NaiveLru model = new NaiveLru(capacity);
      LruCache impl = new LruCache(capacity);
      HandDraws.Pool keys = new HandDraws.Pool();
      HandDraws.Pool values = new HandDraws.Pool();
      int length = HandDraws.length(t, tries, steps);
      for (int i = 0; i < length; i++) {
        switch (draws.nextInt(3)) {
          case 0 -> {
            int key = draws.draw(keys);
            if (!model.get(key).equals(impl.get(key))) {
              throw new AssertionError("get(" + key + ") differs in try " + t + ", step " + i);
            }
          }
          case 1 -> {
            int key = draws.draw(keys);
            int value = draws.draw(values);
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
      stepsRun += length;
    }
    return stepsRun;
  }
}

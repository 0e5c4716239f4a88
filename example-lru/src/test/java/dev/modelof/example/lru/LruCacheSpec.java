package dev.modelof.example.lru;

import dev.modelof.ModelOf;
import dev.modelof.Range;
import java.util.Optional;

/** The LRU cache's operations, checked against {@link NaiveLru}. */
// [lru-spec]
@ModelOf(LruCache.class)
public interface LruCacheSpec {
  static NaiveLru model(@Range(min = 1, max = 4) int capacity) {
    return new NaiveLru(capacity);
  }

  Optional<Integer> get(int key);

  void put(int key, int value);

  int size();
}
// [/lru-spec]

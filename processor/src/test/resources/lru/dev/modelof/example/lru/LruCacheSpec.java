package dev.modelof.example.lru;

import dev.modelof.Invariant;
import dev.modelof.ModelOf;
import dev.modelof.Range;
import dev.modelof.Requires;
import java.util.Optional;

@ModelOf(LruCache.class)
public interface LruCacheSpec {
  static NaiveLru model(@Range(min = 1, max = 4) int capacity) {
    return new NaiveLru(capacity);
  }

  Optional<Integer> get(int key);

  void put(int key, int value);

  int size();

  @Requires("nonEmpty")
  void evictOldest();

  @Invariant
  static boolean consistent(LruCache impl) {
    return impl.size() <= impl.capacity();
  }
}

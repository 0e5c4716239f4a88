package dev.modelof.example.lru;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A least-recently-used cache of ints. */
public final class LruCache {
  private final int capacity;
  private final LinkedHashMap<Integer, Integer> entries = new LinkedHashMap<>(16, 0.75f, true);

  public LruCache(int capacity) {
    this.capacity = capacity;
  }

  public Optional<Integer> get(int key) {
    return Optional.ofNullable(entries.get(key));
  }

  public void put(int key, int value) {
    entries.put(key, value);
    if (entries.size() > capacity) {
      evictOldest();
    }
  }

  public int size() {
    return entries.size();
  }

  public int capacity() {
    return capacity;
  }

  public void evictOldest() {
    Map.Entry<Integer, Integer> oldest = entries.entrySet().iterator().next();
    entries.remove(oldest.getKey());
  }
}

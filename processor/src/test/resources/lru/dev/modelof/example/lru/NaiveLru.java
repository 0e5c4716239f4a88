package dev.modelof.example.lru;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The model: a list of entries, most recently used last. */
final class NaiveLru implements LruCacheSpec {
  private final int capacity;
  private final List<int[]> entries = new ArrayList<>();

  NaiveLru(int capacity) {
    this.capacity = capacity;
  }

  @Override
  public Optional<Integer> get(int key) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i)[0] == key) {
        int[] entry = entries.remove(i);
        entries.add(entry);
        return Optional.of(entry[1]);
      }
    }
    return Optional.empty();
  }

  @Override
  public void put(int key, int value) {
    get(key);
    entries.removeIf(e -> e[0] == key);
    entries.add(new int[] {key, value});
    if (entries.size() > capacity) {
      entries.remove(0);
    }
  }

  @Override
  public int size() {
    return entries.size();
  }

  @Override
  public void evictOldest() {
    entries.remove(0);
  }

  boolean nonEmpty() {
    return !entries.isEmpty();
  }
}

package dev.modelof.example.lru;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The model: a list of entries, least recent first, scanned on every call. */
// [lru-model]
public final class NaiveLru implements LruCacheSpec {
  private record Entry(int key, int value) {}

  private final int capacity;
  private final List<Entry> entries = new ArrayList<>();

  public NaiveLru(int capacity) {
    this.capacity = capacity;
  }

  @Override
  public Optional<Integer> get(int key) {
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (entry.key() == key) {
        entries.remove(i);
        entries.add(entry);
        return Optional.of(entry.value());
      }
    }
    return Optional.empty();
  }

  @Override
  public void put(int key, int value) {
    entries.removeIf(entry -> entry.key() == key);
    if (entries.size() == capacity) {
      entries.remove(0);
    }
    entries.add(new Entry(key, value));
  }

  @Override
  public int size() {
    return entries.size();
  }
}
// [/lru-model]

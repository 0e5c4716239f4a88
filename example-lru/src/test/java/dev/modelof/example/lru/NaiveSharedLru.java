package dev.modelof.example.lru;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The model of {@link SharedLru}: a list of entries, least recent first; equal when their entries are. */
public final class NaiveSharedLru implements SharedLruSpec {
  private record Entry(int key, int value) {}

  private final int capacity;
  private final List<Entry> entries = new ArrayList<>();

  public NaiveSharedLru(int capacity) {
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
  public Optional<Integer> putIfAbsent(int key, int value) {
    Optional<Integer> present = get(key);
    if (present.isEmpty()) {
      put(key, value);
    }
    return present;
  }

  @Override
  public int size() {
    return entries.size();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NaiveSharedLru that && capacity == that.capacity && entries.equals(that.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(capacity, entries);
  }
}

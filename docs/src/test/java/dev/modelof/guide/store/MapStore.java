package dev.modelof.guide.store;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

// [store-model]
/** The store as a sorted map. */
final class MapStore implements SqlStoreSpec {
  private final TreeMap<String, String> entries = new TreeMap<>();

  public void put(String key, String value) { entries.put(key, value); }

  public Optional<String> get(String key) { return Optional.ofNullable(entries.get(key)); }

  public boolean delete(String key) { return entries.remove(key) != null; }

  public List<String> keys(String prefix) {
    return entries.tailMap(prefix).keySet().stream().takeWhile(k -> k.startsWith(prefix)).toList();
  }

  public int count() { return entries.size(); }
}
// [/store-model]

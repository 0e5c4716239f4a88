package dev.modelof.guide.jdk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

// [tree-map-model]
/** The map as a HashMap; whatever needs order sorts its keys first. */
final class SortedMapModel implements TreeMapSpec {
  private final Map<Integer, String> map = new HashMap<>();

  public String put(Integer key, String value) {
    return map.put(key, value);
  }

  public String get(Integer key) {
    return map.get(key);
  }

  public String remove(Integer key) {
    return map.remove(key);
  }

  public boolean containsKey(Integer key) {
    return map.containsKey(key);
  }

  public Integer firstKey() {
    List<Integer> keys = keys();
    if (keys.isEmpty()) {
      throw new NoSuchElementException();
    }
    return keys.get(0);
  }

  public Integer lastKey() {
    List<Integer> keys = keys();
    if (keys.isEmpty()) {
      throw new NoSuchElementException();
    }
    return keys.get(keys.size() - 1);
  }

  public Integer floorKey(Integer key) {
    Integer floor = null;
    for (Integer k : keys()) {
      if (k <= key) {
        floor = k;
      }
    }
    return floor;
  }

  public Integer higherKey(Integer key) {
    for (Integer k : keys()) {
      if (k > key) {
        return k;
      }
    }
    return null;
  }

  public void clear() {
    map.clear();
  }

  public int size() {
    return map.size();
  }

  public Set<Integer> keySet() {
    return new HashSet<>(map.keySet());
  }

  public Map<Integer, String> headMap(Integer toKey) {
    Map<Integer, String> head = new HashMap<>();
    map.forEach((k, v) -> {
      if (k < toKey) {
        head.put(k, v);
      }
    });
    return head;
  }

  public Collection<String> values() {
    List<String> values = new ArrayList<>();
    for (Integer k : keys()) {
      values.add(map.get(k));
    }
    return values;
  }

  /** The keys in ascending order. */
  List<Integer> keys() {
    List<Integer> keys = new ArrayList<>(map.keySet());
    Collections.sort(keys);
    return keys;
  }
}
// [/tree-map-model]

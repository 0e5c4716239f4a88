package dev.modelof.bench.sortedmap;

import java.util.TreeMap;

/** The model: a {@link TreeMap}. */
public final class TreeMapModel implements SortedMapSpec {
  private final TreeMap<Integer, Integer> map = new TreeMap<>();

  @Override
  public Integer get(int key) {
    return map.get(key);
  }

  @Override
  public Integer put(int key, int value) {
    return map.put(key, value);
  }

  @Override
  public Integer remove(int key) {
    return map.remove(key);
  }

  @Override
  public int size() {
    return map.size();
  }
}

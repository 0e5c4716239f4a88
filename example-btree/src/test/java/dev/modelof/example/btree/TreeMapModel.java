package dev.modelof.example.btree;

import java.util.TreeMap;

/** The model: the standard library's sorted map. */
public class TreeMapModel implements BTreeSpec {
  private final TreeMap<Integer, Integer> map = new TreeMap<>();

  @Override
  public Integer put(int key, int value) {
    return map.put(key, value);
  }

  @Override
  public Integer remove(int key) {
    return map.remove(key);
  }

  @Override
  public Integer get(int key) {
    return map.get(key);
  }

  @Override
  public boolean containsKey(int key) {
    return map.containsKey(key);
  }

  @Override
  public int size() {
    return map.size();
  }

  @Override
  public Integer firstKey() {
    return map.isEmpty() ? null : map.firstKey();
  }

  @Override
  public Integer lastKey() {
    return map.isEmpty() ? null : map.lastKey();
  }

  @Override
  public Integer floorKey(int key) {
    return map.floorKey(key);
  }

  @Override
  public Integer ceilingKey(int key) {
    return map.ceilingKey(key);
  }
}

package dev.modelof.example.btree;

import dev.modelof.ModelOf;
import dev.modelof.Range;
import java.util.TreeMap;

/**
 * The B-tree's spec as a user first writes it: every operation of the map, equally weighted, any
 * degree a caller might pick, results only (no shape invariant). {@link BTreeSpec} is the tuned
 * one; this one shows what default runs reach without tuning.
 */
@ModelOf(BTree.class)
public interface PlainBTreeSpec {
  static Model model(@Range(min = 2, max = 16) int degree) {
    return new Model();
  }

  Integer put(int key, int value);

  Integer remove(int key);

  Integer get(int key);

  boolean containsKey(int key);

  int size();

  Integer firstKey();

  Integer lastKey();

  Integer floorKey(int key);

  Integer ceilingKey(int key);

  /** The model: the standard library's sorted map. */
  final class Model implements PlainBTreeSpec {
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
}

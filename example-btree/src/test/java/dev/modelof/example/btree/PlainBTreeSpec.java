package dev.modelof.example.btree;

import dev.modelof.ModelOf;
import dev.modelof.Range;

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

  /** The model: the B-tree spec's, whose methods are this spec's operations too. */
  final class Model extends TreeMapModel implements PlainBTreeSpec {}
}

package dev.modelof.example.btree;

import dev.modelof.Invariant;
import dev.modelof.ModelOf;
import dev.modelof.Range;
import dev.modelof.Weight;

/**
 * The B-tree's map operations, checked against {@link TreeMapModel}. Small degrees make small
 * trees split and merge often; {@code put} and {@code remove} weigh more than the queries because
 * they are what changes the tree's shape.
 */
// [btree-spec]
@ModelOf(BTree.class)
public interface BTreeSpec {
  static TreeMapModel model(@Range(min = 2, max = 4) int degree) {
    return new TreeMapModel();
  }

  @Weight(4)
  Integer put(int key, int value);

  @Weight(2)
  Integer remove(int key);

  Integer get(int key);

  boolean containsKey(int key);

  int size();

  Integer firstKey();

  Integer lastKey();

  Integer floorKey(int key);

  Integer ceilingKey(int key);

  /** The tree's own shape after every step: order, balance, node fill and size. */
  @Invariant
  static void wellFormed(BTree tree) {
    String problem = tree.checkShape();
    if (problem != null) {
      throw new AssertionError(problem);
    }
  }
}
// [/btree-spec]

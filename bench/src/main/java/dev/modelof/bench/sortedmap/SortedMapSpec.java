package dev.modelof.bench.sortedmap;

import dev.modelof.ModelOf;

/** The sorted-array map's operations, checked against {@link TreeMapModel}. */
@ModelOf(SortedArrayMap.class)
public interface SortedMapSpec {
  static TreeMapModel model() {
    return new TreeMapModel();
  }

  Integer get(int key);

  Integer put(int key, int value);

  Integer remove(int key);

  int size();
}

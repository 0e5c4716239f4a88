package dev.modelof.guide.jdk;

import java.util.NoSuchElementException;
import java.util.TreeMap;

// [tree-map-bug]
/** A TreeMap that remembers its last key, so lastKey() needs no walk down the tree. */
public class LastKeyCachingMap extends TreeMap<Integer, String> {
  private Integer last;

  @Override
  public String put(Integer key, String value) {
    String old = super.put(key, value);
    if (last == null || key > last) {
      last = key;
    }
    return old;
  }

  @Override
  public String remove(Object key) {
    String old = super.remove(key);
    if (key.equals(last)) {
      last = isEmpty() ? null : super.lastKey();
    }
    return old;
  }

  @Override
  public Integer lastKey() {
    if (last == null) {
      throw new NoSuchElementException();
    }
    return last;
  }

  // The bug: clear() is TreeMap's own, and leaves last as it was.
}
// [/tree-map-bug]

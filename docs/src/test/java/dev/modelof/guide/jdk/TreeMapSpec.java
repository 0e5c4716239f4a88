package dev.modelof.guide.jdk;

import dev.modelof.Compare;
import dev.modelof.FromModel;
import dev.modelof.ModelOf;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

// [tree-map-spec]
@ModelOf(TreeMap.class)
public interface TreeMapSpec {
  static SortedMapModel model() {
    return new SortedMapModel();
  }

  static TreeMap<Integer, String> impl() {
    return new TreeMap<>();
  }

  String put(Integer key, @Nullable String value);   // TreeMap takes null values, not null keys

  String get(@FromModel(value = "keys", percent = 80) Integer key);

  String remove(@FromModel(value = "keys", percent = 80) Integer key);

  boolean containsKey(Integer key);

  Integer firstKey();                                // NoSuchElementException when empty

  Integer lastKey();

  Integer floorKey(Integer key);                     // null when there is none

  Integer higherKey(Integer key);

  void clear();

  int size();

  Set<Integer> keySet();                             // compared as sets

  Map<Integer, String> headMap(Integer toKey);       // compared as maps

  @Compare("inKeyOrder")                             // a Collection compares as a multiset;
  Collection<String> values();                       // TreeMap promises more: ascending key order

  static boolean inKeyOrder(Collection<String> model, Collection<String> impl) {
    return new ArrayList<>(model).equals(new ArrayList<>(impl));
  }
}
// [/tree-map-spec]

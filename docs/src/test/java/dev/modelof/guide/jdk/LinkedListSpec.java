package dev.modelof.guide.jdk;

import dev.modelof.FromModel;
import dev.modelof.ModelOf;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;

// [linked-list-spec]
@ModelOf(LinkedList.class)
public interface LinkedListSpec {
  static ListModel model() {
    return new ListModel();
  }

  // LinkedList<E> is generic: the impl factory says which list to test.
  static LinkedList<Integer> impl() {
    return new LinkedList<>();
  }

  boolean add(@Nullable Integer e);

  void add(@FromModel("positions") int index, @Nullable Integer element);

  void addFirst(@Nullable Integer e);

  Integer remove();                                  // the first element; NoSuchElementException when empty

  boolean remove(@Nullable Integer o);               // javac picks remove(Object): the first occurrence

  Integer remove(@FromModel(value = "indices", percent = 90) int index);  // IndexOutOfBoundsException

  Integer get(@FromModel(value = "indices", percent = 90) int index);

  Integer set(@FromModel("indices") int index, @Nullable Integer element);

  Integer peekLast();                                // null when empty

  Integer pollFirst();

  int indexOf(@Nullable Integer o);

  int size();

  Iterator<Integer> descendingIterator();            // compared element by element, in order

  List<Integer> subList(@FromModel("positions") int from, @FromModel("positions") int to);
}
// [/linked-list-spec]

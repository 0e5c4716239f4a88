package dev.modelof.guide.jdk;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;

// [linked-list-model]
/** The list as an ArrayList, with the exceptions LinkedList's Javadoc states. */
final class ListModel implements LinkedListSpec {
  private final List<Integer> items = new ArrayList<>();

  public boolean add(Integer e) {
    items.add(e);
    return true;
  }

  public void add(int index, Integer element) {
    items.add(index, element);
  }

  public void addFirst(Integer e) {
    items.add(0, e);
  }

  public Integer remove() {
    if (items.isEmpty()) {
      throw new NoSuchElementException();
    }
    return items.remove(0);
  }

  public boolean remove(Integer o) {
    return items.remove((Object) o);
  }

  public Integer remove(int index) {
    checkIndex(index);
    return items.remove(index);
  }

  public Integer get(int index) {
    checkIndex(index);
    return items.get(index);
  }

  public Integer set(int index, Integer element) {
    return items.set(index, element);
  }

  public Integer peekLast() {
    return items.isEmpty() ? null : items.get(items.size() - 1);
  }

  public Integer pollFirst() {
    return items.isEmpty() ? null : items.remove(0);
  }

  public int indexOf(Integer o) {
    return items.indexOf(o);
  }

  public int size() {
    return items.size();
  }

  public Iterator<Integer> descendingIterator() {
    List<Integer> reversed = new ArrayList<>();
    for (int i = items.size() - 1; i >= 0; i--) {
      reversed.add(items.get(i));
    }
    return reversed.iterator();
  }

  public List<Integer> subList(int from, int to) {
    if (from > to) {
      throw new IllegalArgumentException("from " + from + " > to " + to);
    }
    return new ArrayList<>(items.subList(from, to));
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= items.size()) {
      throw new IndexOutOfBoundsException(index);
    }
  }

  /** Where an element may be inserted: 0 to size. */
  List<Integer> positions() {
    return IntStream.rangeClosed(0, items.size()).boxed().toList();
  }

  /** Where an element is: 0 to size - 1. */
  List<Integer> indices() {
    return IntStream.range(0, items.size()).boxed().toList();
  }
}
// [/linked-list-model]

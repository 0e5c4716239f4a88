package dev.modelof.guide.jdk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;

// [priority-queue-model]
/** The queue as an unsorted ArrayList: poll looks for the least element every time. */
final class QueueModel implements PriorityQueueSpec {
  private final List<Integer> items = new ArrayList<>();

  public boolean add(Integer e) {
    if (e == null) {
      throw new NullPointerException();
    }
    return items.add(e);
  }

  public boolean offer(Integer e) {
    return add(e);
  }

  public Integer poll() {
    return items.isEmpty() ? null : items.remove(items.indexOf(Collections.min(items)));
  }

  public Integer peek() {
    return items.isEmpty() ? null : Collections.min(items);
  }

  public Integer remove() {
    if (items.isEmpty()) {
      throw new NoSuchElementException();
    }
    return poll();
  }

  public boolean remove(Integer o) {
    return items.remove((Object) o);
  }

  public boolean contains(Integer o) {
    return items.contains(o);
  }

  public int size() {
    return items.size();
  }

  public void clear() {
    items.clear();
  }

  List<Integer> elements() {
    return items;
  }
}
// [/priority-queue-model]

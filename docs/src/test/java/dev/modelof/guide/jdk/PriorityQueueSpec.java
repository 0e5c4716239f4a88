package dev.modelof.guide.jdk;

import dev.modelof.FromModel;
import dev.modelof.ModelOf;
import java.util.PriorityQueue;

// [priority-queue-spec]
@ModelOf(PriorityQueue.class)
public interface PriorityQueueSpec {
  static QueueModel model() {
    return new QueueModel();
  }

  static PriorityQueue<Integer> impl() {
    return new PriorityQueue<>();
  }

  boolean add(@Nullable Integer e);                  // NullPointerException for null

  boolean offer(Integer e);

  Integer poll();                                    // the least element; null when empty

  Integer peek();

  Integer remove();                                  // NoSuchElementException when empty

  boolean remove(@FromModel(value = "elements", percent = 80) Integer o);

  boolean contains(Integer o);

  int size();

  void clear();
}
// [/priority-queue-spec]

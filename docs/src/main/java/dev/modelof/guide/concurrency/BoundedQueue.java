package dev.modelof.guide.concurrency;

import java.util.ArrayDeque;
import java.util.Optional;

/** A queue of at most {@code capacity} items, shared between threads: every method holds its lock. */
public class BoundedQueue {
  private final int capacity;
  private final ArrayDeque<Integer> items = new ArrayDeque<>();

  public BoundedQueue(int capacity) {
    this.capacity = capacity;
  }

  /** Adds {@code item} at the tail unless the queue is full: whether it was added. */
  public synchronized boolean offer(int item) {
    if (items.size() == capacity) {
      return false;
    }
    items.addLast(item);
    return true;
  }

  /** Takes the head, or empty when the queue is empty. */
  public synchronized Optional<Integer> poll() {
    return Optional.ofNullable(items.pollFirst());
  }

  public synchronized int size() {
    return items.size();
  }
}

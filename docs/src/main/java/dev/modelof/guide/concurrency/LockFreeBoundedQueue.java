package dev.modelof.guide.concurrency;

import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

// [lock-free-queue]
/**
 * Two thread-safe parts, each atomic, and an invariant that spans both: "count is the number of
 * items, at most capacity". Two offers into the last free place both pass the check.
 */
public class LockFreeBoundedQueue extends BoundedQueue {
  private final int capacity;
  private final ConcurrentLinkedQueue<Integer> items = new ConcurrentLinkedQueue<>();
  private final AtomicInteger count = new AtomicInteger();

  public LockFreeBoundedQueue(int capacity) {
    super(capacity);
    this.capacity = capacity;
  }

  @Override
  public boolean offer(int item) {
    if (count.get() >= capacity) {
      return false;
    }
    items.add(item);
    count.incrementAndGet();
    return true;
  }

  @Override
  public Optional<Integer> poll() {
    Integer item = items.poll();
    if (item != null) {
      count.decrementAndGet();
    }
    return Optional.ofNullable(item);
  }

  @Override
  public int size() {
    return count.get();
  }
}
// [/lock-free-queue]

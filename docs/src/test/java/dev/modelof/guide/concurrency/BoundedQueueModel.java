package dev.modelof.guide.concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The model of {@link BoundedQueue}: a list, head first. */
final class BoundedQueueModel implements BoundedQueueSpec {
  private final int capacity;
  private final List<Integer> items = new ArrayList<>();

  BoundedQueueModel(int capacity) {
    this.capacity = capacity;
  }

  public boolean offer(int item) {
    return items.size() < capacity && items.add(item);
  }

  public Optional<Integer> poll() {
    return items.isEmpty() ? Optional.empty() : Optional.of(items.remove(0));
  }

  public int size() {
    return items.size();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BoundedQueueModel that && capacity == that.capacity && items.equals(that.items);
  }

  @Override
  public int hashCode() {
    return 31 * capacity + items.hashCode();
  }
}

package dev.modelof.example.lru;

/** Known bug: eviction drops the head of the list (the most recent entry) instead of the tail. */
public final class EvictsMostRecent extends LruCache {
  public EvictsMostRecent(int capacity) {
    super(capacity);
  }

  @Override
  void evict() {
    Node newest = head;
    unlink(newest);
    nodes.remove(newest.key);
    size--;
  }
}

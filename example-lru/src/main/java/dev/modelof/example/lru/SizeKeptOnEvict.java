package dev.modelof.example.lru;

/** Known bug: eviction unlinks the entry but forgets to count it out of {@code size}. */
public final class SizeKeptOnEvict extends LruCache {
  public SizeKeptOnEvict(int capacity) {
    super(capacity);
  }

  @Override
  void evict() {
    Node oldest = tail;
    unlink(oldest);
    nodes.remove(oldest.key);
  }
}

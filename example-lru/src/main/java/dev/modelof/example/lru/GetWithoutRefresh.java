package dev.modelof.example.lru;

import java.util.Optional;

/** Known bug: {@code get} returns the value but does not make the key the most recent. */
public final class GetWithoutRefresh extends LruCache {
  public GetWithoutRefresh(int capacity) {
    super(capacity);
  }

  @Override
  public Optional<Integer> get(int key) {
    Node node = nodes.get(key);
    return node == null ? Optional.empty() : Optional.of(node.value);
  }
}

package dev.modelof.example.lru;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread-safe least-recently-used cache of int keys to int values: an index from keys to the
 * nodes of a doubly linked list kept in recency order, most recent at the head. Every method
 * holds the cache's lock, so each call takes effect at one instant, as if calls ran one at a time.
 */
public class SharedLru {
  /** One entry, linked in recency order. */
  static final class Node {
    final int key;
    final int value;
    Node newer;
    Node older;

    Node(int key, int value) {
      this.key = key;
      this.value = value;
    }
  }

  final int capacity;
  /** Written under the lock; a concurrent map so that a variant may read it without the lock. */
  final Map<Integer, Node> index = new ConcurrentHashMap<>();
  private Node head;
  private Node tail;

  /** An empty cache holding at most {@code capacity} entries. */
  public SharedLru(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.capacity = capacity;
  }

  /** The value of {@code key}, which becomes the most recent, or empty when absent. */
  public synchronized Optional<Integer> get(int key) {
    Node node = index.get(key);
    if (node == null) {
      return Optional.empty();
    }
    if (node != head) {
      unlink(node);
      pushFront(node);
    }
    return Optional.of(node.value);
  }

  /** Sets the value of {@code key}, which becomes the most recent, evicting the least recent if full. */
  public synchronized void put(int key, int value) {
    Node old = index.remove(key);
    if (old != null) {
      unlink(old);
    } else if (index.size() == capacity) {
      index.remove(tail.key);
      unlink(tail);
    }
    Node node = new Node(key, value);
    pushFront(node);
    index.put(key, node);
  }

  /**
   * The value of {@code key} if present (which becomes the most recent); otherwise puts {@code
   * value} and returns empty.
   */
  public synchronized Optional<Integer> putIfAbsent(int key, int value) {
    Optional<Integer> present = get(key);
    if (present.isEmpty()) {
      put(key, value);
    }
    return present;
  }

  /** How many entries the cache holds. */
  public synchronized int size() {
    return index.size();
  }

  private void pushFront(Node node) {
    node.older = head;
    node.newer = null;
    if (head != null) {
      head.newer = node;
    }
    head = node;
    if (tail == null) {
      tail = node;
    }
  }

  private void unlink(Node node) {
    if (node.newer != null) {
      node.newer.older = node.older;
    } else {
      head = node.older;
    }
    if (node.older != null) {
      node.older.newer = node.newer;
    } else {
      tail = node.newer;
    }
    node.newer = null;
    node.older = null;
  }
}

package dev.modelof.example.lru;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A least-recently-used cache of int keys to int values with O(1) operations: a hash map from keys
 * to the nodes of a doubly linked list kept in recency order, most recent at the head.
 *
 * <p>{@link #get} and {@link #put} make a key the most recent; a {@code put} of a new key into a
 * full cache first evicts the least recent entry, at the tail.
 */
public class LruCache {
  /** One entry, linked in recency order. */
  static final class Node {
    final int key;
    int value;
    Node newer;
    Node older;

    Node(int key, int value) {
      this.key = key;
      this.value = value;
    }
  }

  final int capacity;
  final Map<Integer, Node> nodes = new HashMap<>();
  /** The most recently used entry, or null when empty. */
  Node head;
  /** The least recently used entry, or null when empty. */
  Node tail;
  int size;

  /** An empty cache holding at most {@code capacity} entries. */
  public LruCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.capacity = capacity;
  }

  /** The value of {@code key}, which becomes the most recent, or empty when absent. */
  public Optional<Integer> get(int key) {
    Node node = nodes.get(key);
    if (node == null) {
      return Optional.empty();
    }
    moveToFront(node);
    return Optional.of(node.value);
  }

  /** Sets the value of {@code key}, which becomes the most recent, evicting the least recent if full. */
  public void put(int key, int value) {
    Node node = nodes.get(key);
    if (node != null) {
      node.value = value;
      moveToFront(node);
      return;
    }
    if (size == capacity) {
      evict();
    }
    node = new Node(key, value);
    nodes.put(key, node);
    pushFront(node);
    size++;
  }

  /** How many entries the cache holds. */
  public int size() {
    return size;
  }

  /** Drops the least recently used entry. */
  void evict() {
    Node oldest = tail;
    unlink(oldest);
    nodes.remove(oldest.key);
    size--;
  }

  void moveToFront(Node node) {
    if (node != head) {
      unlink(node);
      pushFront(node);
    }
  }

  void pushFront(Node node) {
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

  void unlink(Node node) {
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

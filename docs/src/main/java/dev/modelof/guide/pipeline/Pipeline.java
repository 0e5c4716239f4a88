package dev.modelof.guide.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A chain of named handlers, each interested in some event types, kept in a doubly linked list so
 * that adding at either end and removing by name do not shift anything.
 */
public class Pipeline {
  /** One handler in the chain. */
  protected static final class Node {
    final String name;
    final EnumSet<EventType> handles;
    Node prev;
    Node next;

    Node(String name, EventType[] handles) {
      this.name = name;
      this.handles = EnumSet.noneOf(EventType.class);
      this.handles.addAll(List.of(handles));
    }
  }

  protected Node head;
  protected Node tail;

  // [pipeline-impl]
  /** Adds a handler in front of all others; throws IllegalArgumentException if the name is taken. */
  public void addFirst(String name, EventType... handles) {
    Node node = newNode(name, handles);
    node.next = head;
    if (head == null) {
      tail = node;
    } else {
      head.prev = node;
    }
    head = node;
  }

  /** Adds a handler after all others; throws IllegalArgumentException if the name is taken. */
  public void addLast(String name, EventType... handles) {
    Node node = newNode(name, handles);
    node.prev = tail;
    if (tail == null) {
      head = node;
    } else {
      tail.next = node;
    }
    tail = node;
  }

  /** Removes the handler of that name; throws NoSuchElementException if there is none. */
  public void remove(String name) {
    Node node = find(name);
    if (node == null) {
      throw new NoSuchElementException(name);
    }
    unlink(node);
  }

  /** The names of the handlers that see {@code event}, first to last. */
  public List<String> fire(EventType event) {
    List<String> seen = new ArrayList<>();
    for (Node node = head; node != null; node = node.next) {
      if (node.handles.contains(event)) {
        seen.add(node.name);
      }
    }
    return seen;
  }

  private void unlink(Node node) {
    if (node.prev == null) {
      head = node.next;
    } else {
      node.prev.next = node.next;
    }
    if (node.next == null) {
      tail = node.prev;
    } else {
      node.next.prev = node.prev;
    }
    node.prev = null;
    node.next = null;
  }
  // [/pipeline-impl]

  protected Node newNode(String name, EventType[] handles) {
    if (find(name) != null) {
      throw new IllegalArgumentException("duplicate handler name: " + name);
    }
    return new Node(name, handles);
  }

  private Node find(String name) {
    for (Node node = head; node != null; node = node.next) {
      if (node.name.equals(name)) {
        return node;
      }
    }
    return null;
  }
}

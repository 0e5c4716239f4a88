package dev.modelof.example.btree;

import dev.modelof.ModelOf;
import dev.modelof.example.btree.heap.IntHeap;
import java.util.PriorityQueue;

/** The heap's spec as a user first writes it: its operations, equally weighted, a queue as the model. */
@ModelOf(IntHeap.class)
public interface PlainHeapSpec {
  static Model model() {
    return new Model();
  }

  void add(int value);

  Integer poll();

  Integer peek();

  int size();

  boolean isEmpty();

  /** The model: the standard library's priority queue. */
  final class Model implements PlainHeapSpec {
    private final PriorityQueue<Integer> queue = new PriorityQueue<>();

    @Override
    public void add(int value) {
      queue.add(value);
    }

    @Override
    public Integer poll() {
      return queue.poll();
    }

    @Override
    public Integer peek() {
      return queue.peek();
    }

    @Override
    public int size() {
      return queue.size();
    }

    @Override
    public boolean isEmpty() {
      return queue.isEmpty();
    }
  }
}

package dev.modelof.guide.jdk;

import java.util.PriorityQueue;

// [priority-queue-bug]
/** A queue of ints, least first, ordered by the comparator seen in many code bases. */
public class SubtractingPriorityQueue extends PriorityQueue<Integer> {
  public SubtractingPriorityQueue() {
    super((a, b) -> a - b);   // overflows when a and b are far apart
  }
}
// [/priority-queue-bug]

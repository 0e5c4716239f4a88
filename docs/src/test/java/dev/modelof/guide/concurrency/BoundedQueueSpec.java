package dev.modelof.guide.concurrency;

import dev.modelof.Linearizable;
import dev.modelof.ModelOf;
import dev.modelof.Range;
import java.util.Optional;

// [bounded-queue-spec]
@ModelOf(BoundedQueue.class)
@Linearizable
public interface BoundedQueueSpec {
  static BoundedQueueModel model(@Range(min = 1, max = 3) int capacity) {
    return new BoundedQueueModel(capacity);
  }

  boolean offer(@Range(min = 0, max = 3) int item);

  Optional<Integer> poll();

  int size();
}
// [/bounded-queue-spec]

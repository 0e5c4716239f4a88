package dev.modelof.example.lru;

import dev.modelof.Linearizable;
import dev.modelof.ModelOf;
import dev.modelof.Range;
import java.util.Optional;

/** The thread-safe LRU cache's operations, checked against {@link NaiveSharedLru}, also from several threads. */
@ModelOf(SharedLru.class)
@Linearizable
public interface SharedLruSpec {
  static NaiveSharedLru model(@Range(min = 1, max = 3) int capacity) {
    return new NaiveSharedLru(capacity);
  }

  Optional<Integer> get(@Range(min = 0, max = 3) int key);

  void put(@Range(min = 0, max = 3) int key, @Range(min = 0, max = 3) int value);

  Optional<Integer> putIfAbsent(@Range(min = 0, max = 3) int key, @Range(min = 0, max = 3) int value);

  int size();
}

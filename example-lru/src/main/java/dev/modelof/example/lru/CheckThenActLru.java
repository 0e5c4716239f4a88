package dev.modelof.example.lru;

import java.util.Optional;

/**
 * Known race: {@code putIfAbsent} is written as a {@code get}, then a {@code put} when the key was
 * absent. Each call holds the lock, the pair does not: two threads that put the same absent key
 * both see it absent, and both return empty.
 */
public class CheckThenActLru extends SharedLru {
  public CheckThenActLru(int capacity) {
    super(capacity);
  }

  @Override
  public Optional<Integer> putIfAbsent(int key, int value) {
    Optional<Integer> present = get(key);
    if (present.isEmpty()) {
      put(key, value);
    }
    return present;
  }
}

package dev.modelof.example.lru;

import java.util.Optional;

/**
 * Known race: {@code get} answers a miss from the concurrent index without taking the lock, to
 * spare the lock on misses. But {@code put} of a present key replaces its node (removed from the
 * index, then put back) under the lock, so an unlocked read in between sees a key that was never
 * absent as missing.
 */
public class FastMissLru extends SharedLru {
  public FastMissLru(int capacity) {
    super(capacity);
  }

  @Override
  public Optional<Integer> get(int key) {
    if (!index.containsKey(key)) {
      return Optional.empty();
    }
    return super.get(key);
  }
}

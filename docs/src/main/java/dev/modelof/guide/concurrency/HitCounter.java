package dev.modelof.guide.concurrency;

import java.util.concurrent.atomic.AtomicInteger;

// [hit-counter]
/** Counts hits from any number of threads; each hit learns its own number. */
public class HitCounter {
  private final AtomicInteger hits = new AtomicInteger();

  /** Records a hit and returns how many there have been, this one included. */
  public int hit() {
    return hits.incrementAndGet();
  }

  public int count() {
    return hits.get();
  }
}
// [/hit-counter]

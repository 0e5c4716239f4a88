package dev.modelof.guide.concurrency;

// [volatile-hit-counter]
/** A lost update: volatile makes each read and write visible, not the read-add-write atomic. */
public class VolatileHitCounter extends HitCounter {
  private volatile int hits;

  @Override
  public int hit() {
    return ++hits;
  }

  @Override
  public int count() {
    return hits;
  }
}
// [/volatile-hit-counter]

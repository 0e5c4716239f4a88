package dev.modelof.guide.concurrency;

// [hit-counter-model]
/** The model: a plain int; equal models let the checker merge the orders that reach them. */
final class HitCounterModel implements HitCounterSpec {
  private int hits;

  public int hit() {
    return ++hits;
  }

  public int count() {
    return hits;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HitCounterModel that && hits == that.hits;
  }

  @Override
  public int hashCode() {
    return hits;
  }
}
// [/hit-counter-model]

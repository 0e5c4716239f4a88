package dev.modelof.guide.concurrency;

import dev.modelof.Linearizable;
import dev.modelof.ModelOf;

// [hit-counter-spec]
@ModelOf(HitCounter.class)
@Linearizable
public interface HitCounterSpec {
  static HitCounterModel model() {
    return new HitCounterModel();
  }

  int hit();

  int count();
}
// [/hit-counter-spec]

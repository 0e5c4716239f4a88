package dev.modelof.example.store;

import dev.modelof.Gen;
import dev.modelof.Source;

public final class Amounts implements Gen<Integer> {
  @Override
  public Integer generate(Source source) {
    return source.nextInt(10);
  }
}

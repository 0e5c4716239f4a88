package dev.modelof.example.store;

import dev.modelof.Gen;
import dev.modelof.Source;

public final class Tags implements Gen<String[]> {
  @Override
  public String[] generate(Source source) {
    return new String[] {"new", "sale"};
  }
}

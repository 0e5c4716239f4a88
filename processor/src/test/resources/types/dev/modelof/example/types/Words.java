package dev.modelof.example.types;

import dev.modelof.Gen;
import dev.modelof.Source;

public final class Words implements Gen<String> {
  @Override
  public String generate(Source source) {
    return source.chance(0.5) ? "yes" : "no";
  }
}

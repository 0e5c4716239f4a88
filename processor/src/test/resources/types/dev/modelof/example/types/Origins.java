package dev.modelof.example.types;

import dev.modelof.Gen;
import dev.modelof.Source;

/** A user generator declared as a record. */
public record Origins() implements Gen<Point> {
  @Override
  public Point generate(Source source) {
    return new Point(0, 0);
  }
}

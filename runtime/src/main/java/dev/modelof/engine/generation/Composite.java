package dev.modelof.engine.generation;

import dev.modelof.Gen;
import java.util.List;

/**
 * A generator whose values are made of parts from generators of their own (a record's components,
 * a list's elements), which the shrinker can change one at a time: so that a value that recurs
 * inside several arguments ({@code new Point(3, 0)}, {@code new Point(3, 1)}) shrinks everywhere
 * at once.
 */
public interface Composite<T> {
  /** The parts of {@code value}, in order. */
  List<?> parts(T value);

  /** The generator of part {@code index} of {@code value}. */
  Gen<?> partGen(T value, int index);

  /** {@code value} with part {@code index} replaced, or null when that makes no valid value. */
  T withPart(T value, int index, Object part);
}

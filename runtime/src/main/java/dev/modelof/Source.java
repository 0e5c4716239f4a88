package dev.modelof;

import dev.modelof.engine.PooledSource;
import java.util.List;

/**
 * The seeded randomness a {@link Gen} draws from, with the size of the try and the values earlier
 * steps used.
 *
 * <p>{@link #size()} grows from 1 to 100 over a run, so generators give small values first. {@link
 * #draw} hands back, two times in three, a value that an earlier step drew from an equal generator:
 * a key that {@code put} used is what a later {@code get} often asks for. Parameters are drawn by
 * name too, and a value reused for a parameter comes mostly from parameters of the same name of
 * other operations: {@code get(int key)} asks for the keys of {@code put(int key, int value)}, not
 * its values, nor the keys of earlier gets.
 */
public interface Source {
  /** A source drawing from {@code seed} at {@code size} (clamped to 1..100): to try a generator in a test. */
  static Source seeded(long seed, int size) {
    return new PooledSource(seed, size);
  }

  /** From 1 (the first tries) to 100 (the last): how large generated values may be. */
  int size();

  /** A uniform int in {@code [0, bound)}. */
  int nextInt(int bound);

  /** A uniform long in {@code [min, max]}, inclusive. */
  long between(long min, long max);

  /** A uniform double in {@code [0, 1)}. */
  double nextDouble();

  /** True with probability {@code p}. */
  boolean chance(double p);

  /** One element of a non-empty list, uniformly. */
  <T> T pick(List<T> choices);

  /**
   * A value from {@code gen}: two times in three one that an earlier step drew from an equal
   * generator, otherwise a new one. Either way the value joins the pool.
   */
  <T> T draw(Gen<T> gen);

  /**
   * A value from {@code gen} for a parameter called {@code name}: as {@link #draw(Gen)}, and a
   * reused value comes three times in four from those drawn for parameters of the same name (the
   * {@code key} of a {@code put} comes back as the {@code key} of a {@code get}, more than its
   * {@code value} does), preferring those that other operations brought in.
   */
  <T> T draw(Gen<T> gen, String name);

  /**
   * A value from {@code gen} that no earlier draw from an equal generator produced, as far as a
   * few attempts can find one (a generator with few values may run out).
   */
  <T> T fresh(Gen<T> gen);

  /** Like {@link #fresh(Gen)}, remembering the value for later parameters called {@code name}. */
  <T> T fresh(Gen<T> gen, String name);
}

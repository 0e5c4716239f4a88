package dev.modelof;

import java.util.List;

/**
 * Generates and shrinks values of one type. Implement it for {@link From}:
 *
 * <pre>{@code
 * public final class Emails implements Gen<String> {
 *   public String generate(Source source) {
 *     return source.pick(List.of("ann", "bob", "cy")) + "@example.com";
 *   }
 * }
 * }</pre>
 *
 * <p>A generator should give small values and edge cases first and larger ones as {@link
 * Source#size()} grows. Two generators that are {@code equals} share a pool of reused values.
 */
public interface Gen<T> {
  /** A new value drawn from {@code source}. */
  T generate(Source source);

  /**
   * Simpler values to try in place of {@code value} while shrinking, simplest first; each must be
   * one this generator could have produced. The default shrinks nothing.
   */
  default List<T> shrink(T value) {
    return List.of();
  }
}

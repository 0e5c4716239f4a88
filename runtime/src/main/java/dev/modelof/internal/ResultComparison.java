package dev.modelof.internal;

/**
 * How the two results of an operation are compared, chosen from its declared return type; the
 * regression test compares them the same way. For generated code only; no compatibility promise.
 */
public enum ResultComparison {
  /** By {@code equals}, or {@code Arrays.equals} for arrays: {@code List}, {@code Set}, {@code Map} and values. */
  EQUALS,
  /** A {@code Collection}, as a multiset: its elements, copied into a list at the call, by their counts. */
  MULTISET,
  /** An {@code Iterator}: its elements, taken out into a list at the call, in order. */
  ITERATOR,
  /** An {@code Iterable}: its elements, taken out into a list at the call, in order. */
  ITERABLE,
  /** A {@code Stream}: its elements, taken out into a list at the call, in order. */
  STREAM,
  /** By a static {@code boolean} method of the spec ({@code @Compare}), on the results as they are. */
  SPEC_METHOD
}

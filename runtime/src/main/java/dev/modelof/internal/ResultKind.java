package dev.modelof.internal;

/** What an operation returns, to the engine. For generated code only; no compatibility promise. */
public enum ResultKind {
  /** Nothing: {@code void}. */
  VOID,
  /** A value the model and the implementation must agree on. */
  VALUE,
  /** A handle ({@code @Ref}): kept for later steps, not compared. */
  REF
}

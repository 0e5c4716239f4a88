package dev.modelof;

import java.util.List;

/**
 * What the engine knows of one operation of a spec: how to draw its arguments and how to write a
 * call of it as Java source.
 *
 * @param name the method name
 * @param weight relative frequency ({@link Weight})
 * @param params its parameters, in order
 * @param result whether it returns nothing, a value to compare, or a handle
 * @param resultType canonical name of the result type; matches {@link Param#refType()} of handles
 * @param adapter canonical name of the spec when the implementation is called through a static
 *     adapter of the spec ({@code Spec.put(impl, k, v)}); null for a direct call ({@code impl.put(k, v)})
 */
public record Operation(
    String name, int weight, List<Param> params, Result result, String resultType, String adapter) {

  /** What an operation returns. */
  public enum Result {
    /** Nothing: {@code void}. */
    VOID,
    /** A value the model and the implementation must agree on. */
    VALUE,
    /** A handle ({@link Ref}): kept, not compared. */
    REF
  }
}

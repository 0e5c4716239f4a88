package dev.modelof.internal;

import java.util.List;

/**
 * The arguments of one operation, drawn one parameter after another as a generated {@link
 * Machine#draw} asks for them: {@code new Put(draws.nextInt(), draws.nextInt())}. An {@code int}
 * parameter drawn from {@code Gens.ints} is drawn without boxing. A parameter that takes a handle
 * gets one that an earlier step made; when there is none, the operation cannot run now, and the
 * parameters after it are not drawn. For generated code only; no compatibility promise.
 */
public interface Draws {
  /** The next parameter, an {@code int}. */
  int nextInt();

  /** The next parameter, boxed, or a handle; null once a handle cannot be had. */
  <T> T next();

  /** All the parameters still to draw, boxed in order; null when a handle cannot be had. */
  List<Object> rest();
}

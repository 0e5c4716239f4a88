package dev.modelof.internal;

import dev.modelof.Handle;

/**
 * The (model's, implementation's) results of the {@code @Ref} steps run so far, which generated
 * code passes to each side in place of a {@link Handle}. For generated code only; no compatibility
 * promise.
 */
public interface Refs {
  /** What the model returned for the step that made {@code handle}. */
  <T> T model(Handle<T> handle);

  /** What the implementation returned for the step that made {@code handle}. */
  <T> T impl(Handle<T> handle);
}

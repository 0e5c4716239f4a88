package dev.modelof;

import java.util.HashMap;
import java.util.Map;

/** The (model's, implementation's) results of the {@link Ref} steps run so far. */
public final class Refs {
  private final Map<Integer, Object> model = new HashMap<>();
  private final Map<Integer, Object> impl = new HashMap<>();

  /** What the model returned for the step that made {@code handle}. */
  @SuppressWarnings("unchecked") // a handle's type is the result type of the step that made it
  public <T> T model(Handle<T> handle) {
    return (T) model.get(handle.step());
  }

  /** What the implementation returned for the step that made {@code handle}. */
  @SuppressWarnings("unchecked") // a handle's type is the result type of the step that made it
  public <T> T impl(Handle<T> handle) {
    return (T) impl.get(handle.step());
  }

  boolean has(Handle<?> handle) {
    return model.containsKey(handle.step());
  }

  void put(int step, Object modelResult, Object implResult) {
    model.put(step, modelResult);
    impl.put(step, implResult);
  }
}

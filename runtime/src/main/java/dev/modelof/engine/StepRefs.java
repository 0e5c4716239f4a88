package dev.modelof.engine;

import dev.modelof.Handle;
import dev.modelof.Ref;
import dev.modelof.internal.Refs;
import java.util.HashMap;
import java.util.Map;

/** The engine's {@link Refs}: the (model's, implementation's) results of the {@link Ref} steps run so far. */
final class StepRefs implements Refs {
  private final Map<Integer, Object> model = new HashMap<>();
  private final Map<Integer, Object> impl = new HashMap<>();

  @Override
  @SuppressWarnings("unchecked") // a handle's type is the result type of the step that made it
  public <T> T model(Handle<T> handle) {
    return (T) model.get(handle.step());
  }

  @Override
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

package dev.modelof.engine.concurrent;

import dev.modelof.Handle;
import dev.modelof.internal.Refs;
import java.util.HashMap;
import java.util.Map;

/**
 * The handles the prefix of a scenario made, for one side: the model's in a replay, the
 * implementation's in a run. Written by the prefix only, read by every thread after it.
 */
final class ScenarioRefs implements Refs {
  private final Map<Integer, Object> values = new HashMap<>();

  @Override
  @SuppressWarnings("unchecked") // a handle's type is the result type of the call that made it
  public <T> T model(Handle<T> handle) {
    return (T) values.get(handle.step());
  }

  @Override
  @SuppressWarnings("unchecked") // a handle's type is the result type of the call that made it
  public <T> T impl(Handle<T> handle) {
    return (T) values.get(handle.step());
  }

  boolean has(int id) {
    return values.containsKey(id);
  }

  void put(int id, Object value) {
    values.put(id, value);
  }
}

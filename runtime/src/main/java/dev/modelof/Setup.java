package dev.modelof;

import dev.modelof.internal.Machine;
import java.util.ArrayList;
import java.util.List;

/**
 * The drawn start of one sequence: which model factory, and its arguments.
 *
 * @param factory index into {@link Machine#factories()}
 * @param args the factory's arguments, boxed
 */
public record Setup(int factory, List<Object> args) {
  public Setup {
    args = java.util.Collections.unmodifiableList(new ArrayList<>(args));
  }

  /** The argument at {@code index}, typed as the caller expects. */
  @SuppressWarnings("unchecked") // generated code reads each argument as its parameter's type
  public <T> T arg(int index) {
    return (T) args.get(index);
  }

  /** This setup with one argument replaced. */
  public Setup with(int index, Object value) {
    List<Object> copy = new ArrayList<>(args);
    copy.set(index, value);
    return new Setup(factory, copy);
  }
}

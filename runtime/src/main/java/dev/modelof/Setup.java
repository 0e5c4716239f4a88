package dev.modelof;

import java.util.ArrayList;
import java.util.List;

/**
 * The drawn start of one sequence: which setup of the spec (its model factory, in declaration
 * order), and the factory's arguments. A {@code withImpl} function of {@link ModelCheck} builds an
 * implementation from them: {@code setup -> new BuggyCache(setup.arg(0))}.
 *
 * @param index which of the spec's model factories, from 0 in declaration order
 * @param args the factory's arguments, boxed
 */
public record Setup(int index, List<Object> args) {
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
    return new Setup(index, copy);
  }
}

package dev.modelof.sample;

import dev.modelof.Gens;
import dev.modelof.Settings;
import dev.modelof.Setup;
import dev.modelof.Size;
import dev.modelof.internal.InvariantInfo;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.ParameterInfo;
import dev.modelof.internal.Refs;
import dev.modelof.internal.SetupInfo;
import java.util.Arrays;
import java.util.List;

/**
 * A machine written by hand in the shape the processor generates, so the engine is tested on its
 * own. {@code popOnlyWhenNonEmpty} selects a precondition on pop (otherwise an empty pop must
 * throw on both sides).
 */
public final class StackMachine implements Machine<StackModel, BoundedStack, StackMachine.Op> {
  /** The operations. */
  public sealed interface Op permits Push, Pop, Size {}

  public record Push(int value) implements Op {}

  public record Pop() implements Op {}

  public record Size() implements Op {}

  private final boolean popOnlyWhenNonEmpty;

  public StackMachine(boolean popOnlyWhenNonEmpty) {
    this.popOnlyWhenNonEmpty = popOnlyWhenNonEmpty;
  }

  @Override
  public Class<?> specType() {
    return dev.modelof.sample.StackSpec.class;
  }

  @Override
  public Class<?> implType() {
    return dev.modelof.sample.BoundedStack.class;
  }

  @Override
  public Settings declared() {
    return Settings.defaults().withTries(200).withSteps(50);
  }

  @Override
  public List<SetupInfo> setups() {
    return List.of(new SetupInfo("model", List.of(ParameterInfo.of("capacity", Gens.ints(1, 5))), null));
  }

  @Override
  public List<OperationInfo> operations() {
    return List.of(
        OperationInfo.call("push", ParameterInfo.of("value", Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE))).weight(2),
        OperationInfo.value("pop"),
        OperationInfo.value("size"));
  }

  @Override
  public List<InvariantInfo> invariants() {
    return List.of();
  }

  @Override
  public StackModel newModel(Setup setup) {
    int capacity = setup.arg(0);
    return StackSpec.model(capacity);
  }

  @Override
  public BoundedStack newImpl(Setup setup) {
    int capacity = setup.arg(0);
    return new BoundedStack(capacity);
  }

  @Override
  public Op operation(int index, List<Object> args) {
    return switch (index) {
      case 0 -> new Push((int) args.get(0));
      case 1 -> new Pop();
      case 2 -> new Size();
      default -> throw new IndexOutOfBoundsException(index);
    };
  }

  @Override
  public int indexOf(Op op) {
    if (op instanceof Push) {
      return 0;
    }
    return op instanceof Pop ? 1 : 2;
  }

  @Override
  public List<Object> argumentsOf(Op op) {
    if (op instanceof Push push) {
      return Arrays.asList(push.value());
    }
    return List.of();
  }

  @Override
  public boolean enabled(int index, StackModel model) {
    return index != 1 || !popOnlyWhenNonEmpty || model.nonEmpty();
  }

  @Override
  public boolean accepts(Op op, StackModel model, Refs refs) {
    return true;
  }

  @Override
  public Object applyToModel(Op op, StackModel model, Refs refs) {
    if (op instanceof Push push) {
      model.push(push.value());
      return null;
    }
    return op instanceof Pop ? model.pop() : model.size();
  }

  @Override
  public Object applyToImpl(Op op, BoundedStack impl, Refs refs) {
    if (op instanceof Push push) {
      impl.push(push.value());
      return null;
    }
    return op instanceof Pop ? impl.pop() : impl.size();
  }

  @Override
  public boolean sameResult(Op op, Object modelResult, Object implResult) {
    return java.util.Objects.equals(modelResult, implResult);
  }

  @Override
  public boolean invariant(int index, StackModel model, BoundedStack impl) {
    throw new IndexOutOfBoundsException(index);
  }
}

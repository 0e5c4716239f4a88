package dev.modelof.sample;

import dev.modelof.Settings;
import dev.modelof.Setup;
import dev.modelof.internal.InvariantInfo;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.Refs;
import dev.modelof.internal.SetupInfo;
import java.util.List;
import java.util.Objects;

/** A machine written by hand in the shape the processor generates, for {@link TextSpec}: one operation, {@code text()}. */
public final class TextMachine implements Machine<TextModel, LongText, TextMachine.Text> {
  /** The one operation. */
  public record Text() {}

  @Override
  public Class<?> specType() {
    return TextSpec.class;
  }

  @Override
  public Class<?> implType() {
    return LongText.class;
  }

  @Override
  public Settings declared() {
    return Settings.defaults().withTries(10).withSteps(5);
  }

  @Override
  public List<SetupInfo> setups() {
    return List.of(new SetupInfo("model", List.of(), null));
  }

  @Override
  public List<OperationInfo> operations() {
    return List.of(OperationInfo.value("text"));
  }

  @Override
  public List<InvariantInfo> invariants() {
    return List.of();
  }

  @Override
  public TextModel newModel(Setup setup) {
    return TextSpec.model();
  }

  @Override
  public LongText newImpl(Setup setup) {
    return new LongText();
  }

  @Override
  public Text operation(int index, List<Object> args) {
    return new Text();
  }

  @Override
  public int indexOf(Text op) {
    return 0;
  }

  @Override
  public List<Object> argumentsOf(Text op) {
    return List.of();
  }

  @Override
  public boolean enabled(int index, TextModel model) {
    return true;
  }

  @Override
  public boolean accepts(Text op, TextModel model, Refs refs) {
    return true;
  }

  @Override
  public Object applyToModel(Text op, TextModel model, Refs refs) {
    return model.text();
  }

  @Override
  public Object applyToImpl(Text op, LongText impl, Refs refs) {
    return impl.text();
  }

  @Override
  public boolean sameResult(Text op, Object modelResult, Object implResult) {
    return Objects.equals(modelResult, implResult);
  }

  @Override
  public boolean invariant(int index, TextModel model, LongText impl) {
    throw new IndexOutOfBoundsException(index);
  }
}

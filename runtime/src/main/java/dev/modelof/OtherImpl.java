package dev.modelof;

import java.util.List;
import java.util.function.Function;

/** A machine whose implementation is built another way; see {@link Machine#withImpl}. */
final class OtherImpl<M, I, O> extends ForwardingMachine<M, I, O> {
  private final String implType;
  private final Function<Setup, ? extends I> newImpl;
  private final List<Factory> factories;

  OtherImpl(Machine<M, I, O> machine, String implType, Function<Setup, ? extends I> newImpl) {
    super(machine);
    this.implType = implType;
    this.newImpl = newImpl;
    this.factories = machine.factories().stream()
        .map(f -> new Factory(f.method(), f.params(), f.specType(), implType, null))
        .toList();
  }

  @Override
  public String implType() {
    return implType;
  }

  @Override
  public List<Factory> factories() {
    return factories;
  }

  @Override
  public I newImpl(Setup setup) {
    return newImpl.apply(setup);
  }
}

package dev.modelof.engine;

import dev.modelof.Setup;
import dev.modelof.internal.Machine;
import dev.modelof.internal.SetupInfo;
import java.util.List;
import java.util.function.Function;

/**
 * A machine whose implementation is another class, built another way: a subclass, a variant with
 * a known bug, a second implementation of the same interface. Reports and regression tests name
 * that class and call its constructor.
 */
final class MachineWithImpl<M, I, O> extends ForwardingMachine<M, I, O> {
  private final Class<?> implType;
  private final Function<Setup, ? extends I> newImpl;
  private final List<SetupInfo> setups;

  MachineWithImpl(Machine<M, I, O> machine, Class<?> implType, Function<Setup, ? extends I> newImpl) {
    super(machine);
    this.implType = implType;
    this.newImpl = newImpl;
    this.setups = machine.setups().stream()
        .map(s -> new SetupInfo(s.method(), s.parameters(), null))
        .toList();
  }

  @Override
  public Class<?> implType() {
    return implType;
  }

  @Override
  public List<SetupInfo> setups() {
    return setups;
  }

  @Override
  public I newImpl(Setup setup) {
    return newImpl.apply(setup);
  }
}

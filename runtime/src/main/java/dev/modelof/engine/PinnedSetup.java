package dev.modelof.engine;

import dev.modelof.Setup;
import dev.modelof.engine.generation.BasicGens;
import dev.modelof.internal.Machine;
import dev.modelof.internal.ParameterInfo;
import dev.modelof.internal.SetupInfo;
import dev.modelof.internal.UnrecordedStep;
import java.util.ArrayList;
import java.util.List;

/**
 * A machine with a single setup whose every value is fixed: the tries a shrinker runs to look for
 * a failure from one setup draw only that setup, and build the model and the implementation from it.
 */
final class PinnedSetup<M, I, O> extends ForwardingMachine<M, I, O> {
  private final Setup setup;
  private final List<SetupInfo> setups;

  PinnedSetup(Machine<M, I, O> machine, Setup setup) {
    super(machine);
    this.setup = setup;
    SetupInfo info = machine.setups().get(setup.index());
    List<ParameterInfo> pinned = new ArrayList<>();
    for (int i = 0; i < info.parameters().size(); i++) {
      ParameterInfo p = info.parameters().get(i);
      pinned.add(new ParameterInfo(p.name(), new BasicGens.OneOf<>(List.of(setup.args().get(i))), p.fresh(),
          p.handleType(), p.writtenAs(), p.fromModel()));
    }
    this.setups = List.of(new SetupInfo(info.method(), pinned, info.implFactory()));
  }

  @Override
  public List<SetupInfo> setups() {
    return setups;
  }

  @Override
  public M newModel(Setup drawn) throws Exception {
    return super.newModel(setup);
  }

  @Override
  public I newImpl(Setup drawn) throws Exception {
    return super.newImpl(setup);
  }

  @Override
  public long runUnrecorded(int index, UnrecordedStep step, M model, I impl) throws Exception {
    return machine.runUnrecorded(index, step, model, impl);
  }
}

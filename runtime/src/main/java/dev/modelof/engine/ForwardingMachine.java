package dev.modelof.engine;

import dev.modelof.LinearizabilitySettings;
import dev.modelof.Settings;
import dev.modelof.Setup;
import dev.modelof.internal.Draws;
import dev.modelof.internal.InvariantInfo;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.Refs;
import dev.modelof.internal.SetupInfo;
import java.util.List;

/** A machine that passes every call to another; subclasses override the calls they change. */
class ForwardingMachine<M, I, O> implements Machine<M, I, O> {
  final Machine<M, I, O> machine;

  ForwardingMachine(Machine<M, I, O> machine) {
    this.machine = machine;
  }

  @Override
  public Class<?> specType() {
    return machine.specType();
  }

  @Override
  public Class<?> implType() {
    return machine.implType();
  }

  @Override
  public Settings declared() {
    return machine.declared();
  }

  @Override
  public LinearizabilitySettings declaredLinearizability() {
    return machine.declaredLinearizability();
  }

  @Override
  public boolean atomic(int index) {
    return machine.atomic(index);
  }

  @Override
  public boolean modelHasValueEquality() {
    return machine.modelHasValueEquality();
  }

  @Override
  public List<SetupInfo> setups() {
    return machine.setups();
  }

  @Override
  public List<OperationInfo> operations() {
    return machine.operations();
  }

  @Override
  public List<InvariantInfo> invariants() {
    return machine.invariants();
  }

  @Override
  public M newModel(Setup setup) throws Exception {
    return machine.newModel(setup);
  }

  @Override
  public I newImpl(Setup setup) throws Exception {
    return machine.newImpl(setup);
  }

  @Override
  public O operation(int index, List<Object> args) {
    return machine.operation(index, args);
  }

  @Override
  public O draw(int index, Draws draws) {
    return machine.draw(index, draws);
  }

  @Override
  public int indexOf(O op) {
    return machine.indexOf(op);
  }

  @Override
  public List<Object> argumentsOf(O op) {
    return machine.argumentsOf(op);
  }

  @Override
  public boolean enabled(int index, M model) {
    return machine.enabled(index, model);
  }

  @Override
  public boolean accepts(O op, M model, Refs refs) {
    return machine.accepts(op, model, refs);
  }

  @Override
  public Object applyToModel(O op, M model, Refs refs) throws Exception {
    return machine.applyToModel(op, model, refs);
  }

  @Override
  public Object applyToImpl(O op, I impl, Refs refs) throws Exception {
    return machine.applyToImpl(op, impl, refs);
  }

  @Override
  public boolean sameResult(O op, Object modelResult, Object implResult) {
    return machine.sameResult(op, modelResult, implResult);
  }

  @Override
  public boolean invariant(int index, M model, I impl) throws Exception {
    return machine.invariant(index, model, impl);
  }
}

package dev.modelof.engine;

import dev.modelof.Gens;
import dev.modelof.Handle;
import dev.modelof.engine.generation.BasicGens;
import dev.modelof.internal.Draws;
import dev.modelof.internal.UnrecordedStep;
import dev.modelof.internal.ParameterInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * The engine's {@link Draws}: the arguments of one operation, drawn one parameter after another as
 * a generated {@link dev.modelof.internal.Machine#draw} asks for them: {@code new
 * Put(draws.nextInt(), draws.nextInt())}. An {@code int} parameter drawn from {@link Gens#ints} is
 * drawn without boxing. A parameter that takes a handle
 * gets one that an earlier step made; a {@code @FromModel} parameter one of the values its model
 * method returns now. When there is none, the operation cannot run now, and the parameters after it
 * are not drawn.
 */
final class PlannedDraws implements UnrecordedStep {
  private final Plan plan;
  private final PooledSource source;
  private Execution<?, ?, ?> execution;
  private Plan.Slot[] slots;
  private int next;
  /** The position of the step drawn for, where {@link #callingModel} and {@link #callingImpl} move the watch. */
  private int position;
  private boolean complete;
  /** Whether the draws were incomplete for want of a model value rather than of a handle. */
  private boolean noModelValue;

  PlannedDraws(Plan plan, PooledSource source) {
    this.plan = plan;
    this.source = source;
  }

  /**
   * Starts the arguments of operation {@code index} for the step at {@code at}, with the handles
   * {@code execution} made so far.
   */
  void begin(int index, Execution<?, ?, ?> on, int at) {
    this.execution = on;
    this.position = at;
    this.slots = plan.operations[index];
    this.next = 0;
    this.complete = true;
    this.noModelValue = false;
    source.drawingFor(index);
  }

  /**
   * False when a parameter takes a handle and no earlier step made one of its type, or takes only
   * the model's values and the model has none.
   */
  boolean complete() {
    return complete;
  }

  /** After an incomplete draw: true when it lacked a model value, false when it lacked a handle. */
  boolean lackedModelValue() {
    return noModelValue;
  }

  @Override
  public void callingModel() {
    execution.at(position, Phase.MODEL);
  }

  @Override
  public void callingImpl() {
    execution.at(position, Phase.IMPL);
  }

  @Override
  public int nextInt() {
    if (!complete) {
      return 0;
    }
    Plan.Slot slot = slots[next++];
    BasicGens.Ints ints = slot.ints();
    if (ints != null) {
      return source.drawInt(ints, slot.as(), slot.gen(), slot.name());
    }
    Object value = draw(slot);
    return value == null ? 0 : (Integer) value;
  }

  @Override
  @SuppressWarnings("unchecked") // the generated caller passes it where the parameter's type goes
  public <T> T next() {
    if (!complete) {
      return null;
    }
    Plan.Slot slot = slots[next++];
    ParameterInfo param = slot.param();
    if (!param.isHandle()) {
      return (T) draw(slot);
    }
    Handle<?> handle = handle(param.handleType());
    complete = handle != null;
    return (T) handle;
  }

  @Override
  public List<Object> rest() {
    List<Object> args = new ArrayList<>(slots.length - next);
    while (next < slots.length) {
      Object arg = next();
      if (!complete) {
        return null;
      }
      args.add(arg);
    }
    return args;
  }

  /** The value of a generated parameter: from the model's state for {@code @FromModel}, else from its generator. */
  private Object draw(Plan.Slot slot) {
    ParameterInfo.ModelValues from = slot.param().fromModel();
    if (from != null && (from.only() || source.nextInt(100) < from.percent())) {
      Collection<?> values = from.values().apply(execution.model);
      if (!values.isEmpty()) {
        return element(values, source.nextInt(values.size()));
      }
      if (from.only()) {
        complete = false;
        noModelValue = true;
        return null;
      }
    }
    return plan.draw(source, slot);
  }

  /** The element at {@code index} of {@code values} in its iteration order. */
  private static Object element(Collection<?> values, int index) {
    if (values instanceof List<?> list) {
      return list.get(index);
    }
    Iterator<?> it = values.iterator();
    for (int i = 0; i < index; i++) {
      it.next();
    }
    return it.next();
  }

  /** One of the handles of {@code type} made so far, or null when there is none. */
  private Handle<?> handle(Class<?> type) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < execution.handleSteps.size(); i++) {
      if (execution.handleTypes.get(i).equals(type)) {
        candidates.add(execution.handleSteps.get(i));
      }
    }
    return candidates.isEmpty() ? null : new Handle<>(source.pick(candidates));
  }
}

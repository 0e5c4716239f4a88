package dev.modelof.engine.concurrent;

import dev.modelof.Gen;
import dev.modelof.Handle;
import dev.modelof.LinearizabilitySettings;
import dev.modelof.Setup;
import dev.modelof.Source;
import dev.modelof.internal.Draws;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.ParameterInfo;
import dev.modelof.internal.ResultKind;
import dev.modelof.internal.SetupInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws scenarios: a setup, a prefix drawn as a sequential try draws its steps, then each thread's
 * calls drawn from the model after the prefix and that thread's earlier calls, then a post part.
 * All of them draw from one {@link Source}, whose value pools make the threads meet on the same
 * keys. Handles come only from the prefix. A scenario whose preconditions do not hold in every
 * order of its threads' calls is drawn again.
 */
final class ScenarioDrawer<M, I, O> {
  /** Draws per call before concluding that no operation can run there. */
  private static final int DRAWS_PER_CALL = 50;
  /** Scenarios drawn again before one is accepted as it is, its threads cut to their first calls. */
  static final int REDRAWS = 20;
  /** The share of a run's scenarios drawn small. */
  static final double SMALL_FIRST = 0.15;

  private final Machine<M, I, O> machine;
  private final ModelSide<M, I, O> side;
  private final Interleavings<M, I, O> interleavings;
  private final LinearizabilitySettings settings;
  private final List<OperationInfo> operations;
  int redrawn;

  ScenarioDrawer(ModelSide<M, I, O> side, Interleavings<M, I, O> interleavings, LinearizabilitySettings settings) {
    this.machine = side.machine;
    this.side = side;
    this.interleavings = interleavings;
    this.settings = settings;
    this.operations = machine.operations();
  }

  /**
   * A valid scenario from {@code source}, or null when none could be drawn. {@code growth}, from 0
   * to 1, is how far the run has gone: the first {@link #SMALL_FIRST} of the scenarios have one call
   * per thread and at most one before them, so that the simplest race a class has is the likeliest
   * to show first; the others reach the settings' sizes.
   */
  Scenario<O> draw(Source source, double growth) {
    boolean small = growth < SMALL_FIRST;
    int calls = small ? 1 : settings.calls();
    int prefix = small ? Math.min(1, settings.prefix()) : settings.prefix();
    for (int attempt = 0; attempt < REDRAWS; attempt++) {
      Scenario<O> scenario = drawOnce(source, calls, prefix);
      if (scenario != null && interleavings.valid(scenario)) {
        return scenario;
      }
      redrawn++;
    }
    return null;
  }

  private Scenario<O> drawOnce(Source source, int calls, int mostPrefix) {
    int setupIndex = source.nextInt(machine.setups().size());
    SetupInfo info = machine.setups().get(setupIndex);
    List<Object> args = new ArrayList<>();
    for (ParameterInfo param : info.parameters()) {
      args.add(value(source, param));
    }
    Setup setup = new Setup(setupIndex, args);
    int[] ids = {0};
    Scenario<O> empty = new Scenario<>(setup, List.of(), List.of(), List.of());
    ModelSide.Replay<M> replay = side.replay(empty, false);
    List<Call<O>> prefix = new ArrayList<>();
    int prefixLength = source.nextInt(mostPrefix + 1);
    List<Call<O>> handles = new ArrayList<>();
    for (int i = 0; i < prefixLength; i++) {
      Call<O> call = next(source, replay, handles, ids, Place.PREFIX);
      if (call == null) {
        break;
      }
      prefix.add(call);
      Object outcome = side.apply(call, replay.model, replay.refs);
      if (side.kind(call.op()) == ResultKind.REF && !(outcome instanceof Thrown)) {
        handles.add(call);
      }
    }
    Scenario<O> afterPrefix = empty.withPrefix(prefix);
    List<List<Call<O>>> threads = new ArrayList<>();
    for (int t = 0; t < settings.threads(); t++) {
      ModelSide.Replay<M> own = side.replay(afterPrefix, false);
      List<Call<O>> branch = new ArrayList<>();
      int length = 1 + source.nextInt(calls);
      for (int i = 0; i < length; i++) {
        Call<O> call = next(source, own, handles, ids, Place.THREAD);
        if (call == null) {
          break;
        }
        branch.add(call);
        side.apply(call, own.model, own.refs);
      }
      if (branch.isEmpty()) {
        return null;
      }
      threads.add(branch);
    }
    Scenario<O> parallel = afterPrefix.withThreads(threads);
    List<int[]> serial = new ArrayList<>();
    for (int t = 0; t < threads.size(); t++) {
      for (int i = 0; i < threads.get(t).size(); i++) {
        serial.add(new int[] {t, i});
      }
    }
    ModelSide.Replay<M> after = side.replay(parallel, false);
    for (int[] at : serial) {
      side.apply(threads.get(at[0]).get(at[1]), after.model, after.refs);
    }
    List<Call<O>> post = new ArrayList<>();
    int postLength = source.nextInt(settings.post() + 1);
    for (int i = 0; i < postLength; i++) {
      Call<O> call = next(source, after, handles, ids, Place.POST);
      if (call == null) {
        break;
      }
      post.add(call);
      side.apply(call, after.model, after.refs);
    }
    return parallel.withPost(post);
  }

  /** Where a call is drawn: which operations may go there. */
  private enum Place { PREFIX, THREAD, POST }

  /** A call whose precondition holds on {@code replay}'s model, or null when none can be found. */
  private Call<O> next(Source source, ModelSide.Replay<M> replay, List<Call<O>> handles, int[] ids, Place place) {
    int total = 0;
    for (int i = 0; i < operations.size(); i++) {
      total += eligible(i, place) ? operations.get(i).weight() : 0;
    }
    if (total == 0) {
      return null;
    }
    for (int draw = 0; draw < DRAWS_PER_CALL; draw++) {
      int roll = source.nextInt(total);
      int index = -1;
      for (int i = 0; i < operations.size(); i++) {
        if (eligible(i, place)) {
          roll -= operations.get(i).weight();
          if (roll < 0) {
            index = i;
            break;
          }
        }
      }
      if (!machine.enabled(index, replay.model)) {
        continue;
      }
      SourceDraws draws = new SourceDraws(source, operations.get(index).parameters(), handles, replay.model);
      O op = machine.draw(index, draws);
      if (op == null || !draws.complete || !machine.accepts(op, replay.model, replay.refs)) {
        continue;
      }
      return new Call<>(ids[0]++, op);
    }
    return null;
  }

  private boolean eligible(int index, Place place) {
    return switch (place) {
      case PREFIX -> true;
      case THREAD -> side.parallel[index];
      case POST -> operations.get(index).resultKind() != ResultKind.REF;
    };
  }

  private static Object value(Source source, ParameterInfo param) {
    Gen<?> gen = param.gen();
    if (param.name().isEmpty()) {
      return param.fresh() ? source.fresh(gen) : source.draw(gen);
    }
    return param.fresh() ? source.fresh(gen, param.name()) : source.draw(gen, param.name());
  }

  /** The arguments of one call, drawn from the source; a handle parameter gets one the prefix made. */
  private final class SourceDraws implements Draws {
    private final Source source;
    private final List<ParameterInfo> params;
    private final List<Call<O>> handles;
    private final M model;
    private int next;
    boolean complete = true;

    SourceDraws(Source source, List<ParameterInfo> params, List<Call<O>> handles, M model) {
      this.source = source;
      this.params = params;
      this.handles = handles;
      this.model = model;
    }

    @Override
    public int nextInt() {
      Object value = next();
      return value == null ? 0 : (Integer) value;
    }

    @Override
    @SuppressWarnings("unchecked") // the generated caller passes it where the parameter's type goes
    public <T> T next() {
      if (!complete) {
        return null;
      }
      ParameterInfo param = params.get(next++);
      ParameterInfo.ModelValues from = param.fromModel();
      if (from != null) {
        List<?> held = new ArrayList<>(from.values().apply(model));
        if (!held.isEmpty() && (from.only() || source.nextInt(100) < from.percent())) {
          return (T) source.pick(held);
        }
        if (from.only()) {
          complete = false;
          return null;
        }
      }
      if (!param.isHandle()) {
        return (T) value(source, param);
      }
      List<Integer> candidates = new ArrayList<>();
      for (Call<O> call : handles) {
        if (param.handleType().equals(operations.get(machine.indexOf(call.op())).handleType())) {
          candidates.add(call.id());
        }
      }
      if (candidates.isEmpty()) {
        complete = false;
        return null;
      }
      return (T) new Handle<>(source.pick(candidates));
    }

    @Override
    public List<Object> rest() {
      List<Object> args = new ArrayList<>();
      while (next < params.size()) {
        Object arg = next();
        if (!complete) {
          return null;
        }
        args.add(arg);
      }
      return args;
    }
  }
}

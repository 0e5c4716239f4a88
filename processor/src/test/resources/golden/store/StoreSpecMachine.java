package dev.modelof.example.store;

import dev.modelof.Gens;
import dev.modelof.Handle;
import dev.modelof.Settings;
import dev.modelof.Setup;
import dev.modelof.internal.Draws;
import dev.modelof.internal.InvariantInfo;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.ParameterInfo;
import dev.modelof.internal.Refs;
import dev.modelof.internal.SetupInfo;
import dev.modelof.internal.UnrecordedStep;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Checks {@link Store} against the model of {@link StoreSpec}: descriptors and direct calls.
 */
@Generated("dev.modelof.processor.ModelOfProcessor")
@SuppressWarnings({"deprecation", "removal"})
public final class StoreSpecMachine implements Machine<StoreModel, Store, StoreSpecOp> {
  private static final List<SetupInfo> SETUPS = List.of(
      SetupInfo.of("model", ParameterInfo.of("shelves", Gens.ints(1, 8)),
          ParameterInfo.of("name", Gens.strings(0, 4))),
      SetupInfo.of("small").implFactory("impl"));

  private static final List<OperationInfo> OPERATIONS = List.of(
      OperationInfo.ref("open", Session.class, ParameterInfo.fresh("user", Gens.strings())),
      OperationInfo.call("close", ParameterInfo.handle("session", Session.class)),
      OperationInfo.value("add", ParameterInfo.handle("session", Session.class),
          ParameterInfo.of("kind", Gens.enums(Kind.values())),
          ParameterInfo.of("amount", Gens.longs(-5, 5))).weight(3),
      OperationInfo.value("counts"),
      OperationInfo.value("names"),
      OperationInfo.value("first", ParameterInfo.of("from", Gens.chars('a', 'z'))),
      OperationInfo.value("ratio", ParameterInfo.of("weight", Gens.doubles(0.0, 1.0)),
          ParameterInfo.of("scale", Gens.floats()), ParameterInfo.of("exact", Gens.booleans()),
          ParameterInfo.of("small", Gens.shorts()),
          ParameterInfo.of("big", Gens.longs(10000000000L, Long.MAX_VALUE)),
          ParameterInfo.of("tiny", Gens.bytes()), ParameterInfo.of("boxed", Gens.ints())),
      OperationInfo.call("take", ParameterInfo.of("amount", new Amounts())),
      OperationInfo.call("rename", ParameterInfo.of("name", Gens.strings())).throughAdapter(),
      OperationInfo.call("tag", ParameterInfo.of("tags", new Tags())));

  private static final List<InvariantInfo> INVARIANTS = List.of(
      InvariantInfo.onBoth("stocked").throwing(),
      InvariantInfo.onModel("positive"));

  @Override
  public StoreModel newModel(Setup setup) throws Exception {
    switch (setup.index()) {
      case 0 -> {
        int shelves = setup.arg(0);
        String name = setup.arg(1);
        return StoreSpec.model(shelves, name);
      }
      case 1 -> {
        return StoreSpec.small();
      }
      default -> throw new IllegalArgumentException("StoreSpec has no setup " + setup.index());
    }
  }

  @Override
  public Store newImpl(Setup setup) throws Exception {
    switch (setup.index()) {
      case 0 -> {
        int shelves = setup.arg(0);
        String name = setup.arg(1);
        return new Store(shelves, name);
      }
      case 1 -> {
        return StoreSpec.impl();
      }
      default -> throw new IllegalArgumentException("StoreSpec has no setup " + setup.index());
    }
  }

  @Override
  public Object applyToModel(StoreSpecOp op, StoreModel model, Refs refs) throws Exception {
    if (op instanceof StoreSpecOp.Open open) {
      return model.open(open.user());
    }
    if (op instanceof StoreSpecOp.Close close) {
      model.close(refs.model(close.session()));
      return null;
    }
    if (op instanceof StoreSpecOp.Add add) {
      return model.add(refs.model(add.session()), add.kind(), add.amount());
    }
    if (op instanceof StoreSpecOp.Counts) {
      return model.counts();
    }
    if (op instanceof StoreSpecOp.Names) {
      return model.names();
    }
    if (op instanceof StoreSpecOp.First first) {
      return model.first(first.from());
    }
    if (op instanceof StoreSpecOp.Ratio ratio) {
      return model.ratio(ratio.weight(), ratio.scale(), ratio.exact(), ratio.small(), ratio.big(),
          ratio.tiny(), ratio.boxed());
    }
    if (op instanceof StoreSpecOp.Take take) {
      model.take(take.amount());
      return null;
    }
    if (op instanceof StoreSpecOp.Rename rename) {
      model.rename(rename.name());
      return null;
    }
    if (op instanceof StoreSpecOp.Tag tag) {
      model.tag(tag.tags().clone());
      return null;
    }
    throw new IllegalArgumentException("Not an operation of StoreSpec: " + op);
  }

  @Override
  public Object applyToImpl(StoreSpecOp op, Store impl, Refs refs) throws Exception {
    if (op instanceof StoreSpecOp.Open open) {
      return impl.open(open.user());
    }
    if (op instanceof StoreSpecOp.Close close) {
      impl.close(refs.impl(close.session()));
      return null;
    }
    if (op instanceof StoreSpecOp.Add add) {
      return impl.add(refs.impl(add.session()), add.kind(), add.amount());
    }
    if (op instanceof StoreSpecOp.Counts) {
      return impl.counts();
    }
    if (op instanceof StoreSpecOp.Names) {
      return impl.names();
    }
    if (op instanceof StoreSpecOp.First first) {
      return impl.first(first.from());
    }
    if (op instanceof StoreSpecOp.Ratio ratio) {
      return impl.ratio(ratio.weight(), ratio.scale(), ratio.exact(), ratio.small(), ratio.big(),
          ratio.tiny(), ratio.boxed());
    }
    if (op instanceof StoreSpecOp.Take take) {
      impl.take(take.amount());
      return null;
    }
    if (op instanceof StoreSpecOp.Rename rename) {
      StoreSpec.rename(impl, rename.name());
      return null;
    }
    if (op instanceof StoreSpecOp.Tag tag) {
      impl.tag(tag.tags().clone());
      return null;
    }
    throw new IllegalArgumentException("Not an operation of StoreSpec: " + op);
  }

  @Override
  public boolean sameResult(StoreSpecOp op, Object modelResult, Object implResult) {
    if (op instanceof StoreSpecOp.Counts) {
      return Arrays.equals((int[]) modelResult, (int[]) implResult);
    }
    if (op instanceof StoreSpecOp.Names) {
      return Arrays.deepEquals((Object[]) modelResult, (Object[]) implResult);
    }
    return Objects.equals(modelResult, implResult);
  }

  @Override
  public boolean invariant(int index, StoreModel model, Store impl) throws Exception {
    return switch (index) {
      case 0 -> {
        StoreSpec.stocked(model, impl);
        yield true;
      }
      case 1 -> StoreSpec.positive(model);
      default -> throw new IndexOutOfBoundsException("StoreSpec has no invariant " + index);
    };
  }

  @Override
  public boolean enabled(int index, StoreModel model) {
    return switch (index) {
      case 5 -> model.hasItems();
      default -> true;
    };
  }

  @Override
  public boolean accepts(StoreSpecOp op, StoreModel model, Refs refs) {
    if (op instanceof StoreSpecOp.Add add) {
      return model.canAdd(refs.model(add.session()), add.kind(), add.amount());
    }
    return true;
  }

  @Override
  public long runUnrecorded(int index, UnrecordedStep step, StoreModel model, Store impl) throws
      Exception {
    switch (index) {
      case 5 -> {
        char from = step.next();
        step.callingModel();
        char modelResult = model.first(from);
        step.callingImpl();
        char implResult = impl.first(from);
        return modelResult == implResult ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 6 -> {
        double weight = step.next();
        float scale = step.next();
        boolean exact = step.next();
        short small = step.next();
        long big = step.next();
        byte tiny = step.next();
        Integer boxed = step.next();
        step.callingModel();
        double modelResult = model.ratio(weight, scale, exact, small, big, tiny, boxed);
        step.callingImpl();
        double implResult = impl.ratio(weight, scale, exact, small, big, tiny, boxed);
        return Double.compare(modelResult, implResult) == 0 ? UnrecordedStep.AGREED : UnrecordedStep.DIFFERS;
      }
      case 7 -> {
        int amount = step.nextInt();
        step.callingModel();
        model.take(amount);
        step.callingImpl();
        impl.take(amount);
        return UnrecordedStep.AGREED;
      }
      case 8 -> {
        String name = step.next();
        step.callingModel();
        model.rename(name);
        step.callingImpl();
        StoreSpec.rename(impl, name);
        return UnrecordedStep.AGREED;
      }
      case 9 -> {
        String[] tags = step.next();
        step.callingModel();
        model.tag(tags.clone());
        step.callingImpl();
        impl.tag(tags.clone());
        return UnrecordedStep.AGREED;
      }
      default -> {
        return UnrecordedStep.NOT_HERE;
      }
    }
  }

  @Override
  public Class<?> specType() {
    return StoreSpec.class;
  }

  @Override
  public Class<?> implType() {
    return Store.class;
  }

  @Override
  public Settings declared() {
    return Settings.defaults().withTries(50).withSteps(20).withSeed(0x2AL);
  }

  @Override
  public List<SetupInfo> setups() {
    return SETUPS;
  }

  @Override
  public List<OperationInfo> operations() {
    return OPERATIONS;
  }

  @Override
  public List<InvariantInfo> invariants() {
    return INVARIANTS;
  }

  @Override
  @SuppressWarnings("unchecked")
  public StoreSpecOp operation(int index, List<Object> args) {
    return switch (index) {
      case 0 -> new StoreSpecOp.Open((String) args.get(0));
      case 1 -> new StoreSpecOp.Close((Handle<Session>) args.get(0));
      case 2 -> new StoreSpecOp.Add((Handle<Session>) args.get(0), (Kind) args.get(1),
          (long) args.get(2));
      case 3 -> new StoreSpecOp.Counts();
      case 4 -> new StoreSpecOp.Names();
      case 5 -> new StoreSpecOp.First((char) args.get(0));
      case 6 -> new StoreSpecOp.Ratio((double) args.get(0), (float) args.get(1),
          (boolean) args.get(2), (short) args.get(3), (long) args.get(4), (byte) args.get(5),
          (Integer) args.get(6));
      case 7 -> new StoreSpecOp.Take((int) args.get(0));
      case 8 -> new StoreSpecOp.Rename((String) args.get(0));
      case 9 -> new StoreSpecOp.Tag((String[]) args.get(0));
      default -> throw new IndexOutOfBoundsException("StoreSpec has no operation " + index);
    };
  }

  @Override
  public StoreSpecOp draw(int index, Draws draws) {
    return switch (index) {
      case 0 -> new StoreSpecOp.Open(draws.next());
      case 1 -> new StoreSpecOp.Close(draws.next());
      case 2 -> new StoreSpecOp.Add(draws.next(), draws.next(), draws.next());
      case 3 -> new StoreSpecOp.Counts();
      case 4 -> new StoreSpecOp.Names();
      case 5 -> new StoreSpecOp.First(draws.next());
      case 6 -> new StoreSpecOp.Ratio(draws.next(), draws.next(), draws.next(), draws.next(),
          draws.next(), draws.next(), draws.next());
      case 7 -> new StoreSpecOp.Take(draws.nextInt());
      case 8 -> new StoreSpecOp.Rename(draws.next());
      case 9 -> new StoreSpecOp.Tag(draws.next());
      default -> throw new IndexOutOfBoundsException("StoreSpec has no operation " + index);
    };
  }

  @Override
  public int indexOf(StoreSpecOp op) {
    if (op instanceof StoreSpecOp.Open) {
      return 0;
    }
    if (op instanceof StoreSpecOp.Close) {
      return 1;
    }
    if (op instanceof StoreSpecOp.Add) {
      return 2;
    }
    if (op instanceof StoreSpecOp.Counts) {
      return 3;
    }
    if (op instanceof StoreSpecOp.Names) {
      return 4;
    }
    if (op instanceof StoreSpecOp.First) {
      return 5;
    }
    if (op instanceof StoreSpecOp.Ratio) {
      return 6;
    }
    if (op instanceof StoreSpecOp.Take) {
      return 7;
    }
    if (op instanceof StoreSpecOp.Rename) {
      return 8;
    }
    if (op instanceof StoreSpecOp.Tag) {
      return 9;
    }
    throw new IllegalArgumentException("Not an operation of StoreSpec: " + op);
  }

  @Override
  public List<Object> argumentsOf(StoreSpecOp op) {
    if (op instanceof StoreSpecOp.Open open) {
      return Arrays.asList(open.user());
    }
    if (op instanceof StoreSpecOp.Close close) {
      return Arrays.asList(close.session());
    }
    if (op instanceof StoreSpecOp.Add add) {
      return Arrays.asList(add.session(), add.kind(), add.amount());
    }
    if (op instanceof StoreSpecOp.Counts) {
      return List.of();
    }
    if (op instanceof StoreSpecOp.Names) {
      return List.of();
    }
    if (op instanceof StoreSpecOp.First first) {
      return Arrays.asList(first.from());
    }
    if (op instanceof StoreSpecOp.Ratio ratio) {
      return Arrays.asList(ratio.weight(), ratio.scale(), ratio.exact(), ratio.small(), ratio.big(),
          ratio.tiny(), ratio.boxed());
    }
    if (op instanceof StoreSpecOp.Take take) {
      return Arrays.asList(take.amount());
    }
    if (op instanceof StoreSpecOp.Rename rename) {
      return Arrays.asList(rename.name());
    }
    if (op instanceof StoreSpecOp.Tag tag) {
      return Arrays.asList((Object) tag.tags());
    }
    throw new IllegalArgumentException("Not an operation of StoreSpec: " + op);
  }
}

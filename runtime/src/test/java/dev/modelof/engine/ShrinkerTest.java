package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.Gen;
import dev.modelof.ModelCheck;
import dev.modelof.Setup;
import dev.modelof.Source;
import dev.modelof.internal.Machine;
import dev.modelof.internal.Refs;
import dev.modelof.sample.ArrayMap;
import dev.modelof.sample.BoundedStack;
import dev.modelof.sample.MapMachine;
import dev.modelof.sample.MapModel;
import dev.modelof.sample.StackMachine;
import dev.modelof.sample.StackModel;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShrinkerTest {
  /**
   * A stack whose size is wrong once it was filled exactly, never pushed past its capacity: a
   * smaller capacity shows it with one push fewer, but neither change alone does.
   */
  private static Machine<StackModel, BoundedStack, StackMachine.Op> wrongWhenExactlyFull() {
    Map<BoundedStack, Integer> capacity = new IdentityHashMap<>();
    Map<BoundedStack, Integer> pushes = new IdentityHashMap<>();
    return new ForwardingMachine<>(new StackMachine(true)) {
      @Override
      public BoundedStack newImpl(Setup setup) throws Exception {
        BoundedStack stack = super.newImpl(setup);
        capacity.put(stack, setup.arg(0));
        return stack;
      }

      @Override
      public Object applyToImpl(StackMachine.Op op, BoundedStack impl, Refs refs) throws Exception {
        Object result = super.applyToImpl(op, impl, refs);
        if (op instanceof StackMachine.Push) {
          pushes.merge(impl, 1, Integer::sum);
        }
        boolean exactlyFull = pushes.getOrDefault(impl, 0).equals(capacity.get(impl));
        return op instanceof StackMachine.Size && exactlyFull ? (Object) (impl.size() + 1) : result;
      }
    };
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void aSmallerSetupIsTriedTogetherWithOneStepFewer(long seed) {
    Machine<StackModel, BoundedStack, StackMachine.Op> machine = wrongWhenExactlyFull();
    Failure<?> failure = ModelCheck.of(machine).withSettings(machine.declared().withSeed(seed)).check().failure();
    assertNotNull(failure);
    // capacity 1: one push fills it exactly, then size
    assertEquals(List.of(1), failure.setup().args(), failure.report());
    assertEquals(2, failure.length(), failure.report());
  }

  /**
   * A map that counts overwrites: once a key was put twice, size() is one too many, and get of that
   * key forgets it once another key is in too. The get shows the bug in four steps, size in three.
   */
  private static Machine<MapModel, ArrayMap, MapMachine.Op> forgetsOverwrittenKeys() {
    Map<ArrayMap, Set<Integer>> overwritten = new IdentityHashMap<>();
    return new ForwardingMachine<>(new MapMachine()) {
      @Override
      public Object applyToImpl(MapMachine.Op op, ArrayMap impl, Refs refs) throws Exception {
        Set<Integer> keys = overwritten.computeIfAbsent(impl, k -> new HashSet<>());
        if (op instanceof MapMachine.Put put && impl.get(put.key()) != null) {
          keys.add(put.key());
        }
        Object result = super.applyToImpl(op, impl, refs);
        if (op instanceof MapMachine.Size && !keys.isEmpty()) {
          return impl.size() + 1;
        }
        if (op instanceof MapMachine.Get get && keys.contains(get.key()) && impl.size() >= 2) {
          return null;
        }
        return result;
      }
    };
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void aStepBecomesASimplerOperationWhenThatLetsTheSequenceShrink(long seed) {
    Machine<MapModel, ArrayMap, MapMachine.Op> machine = forgetsOverwrittenKeys();
    Failure<?> failure = ModelCheck.of(machine).withSettings(machine.declared().withSeed(seed)).check().failure();
    assertNotNull(failure);
    // put a key, put it again, size
    assertEquals(3, failure.length(), failure.report());
    assertInstanceOf(MapMachine.Size.class, failure.operations().get(2), failure.report());
  }

  /**
   * A key generator whose {@code shrink} throws: shrinking stops where it stands, and the failure
   * found is reported all the same, with what stopped it, rather than lost in a stack trace.
   */
  @org.junit.jupiter.api.Test
  void aGeneratorWhoseShrinkThrowsStopsShrinkingAndTheFailureIsReported() {
    Gen<Integer> keys = new Gen<>() {
      @Override
      public Integer generate(Source source) {
        return source.nextInt(1000);
      }

      @Override
      public List<Integer> shrink(Integer value) {
        throw new IllegalStateException("no smaller key than " + value);
      }
    };
    Machine<MapModel, ArrayMap, MapMachine.Op> machine = GeneratorErrorTest.withKeys(forgetsOverwrittenKeys(), keys);
    Failure<?> failure = ModelCheck.of(machine).withSettings(machine.declared().withSeed(1)).check().failure();
    assertNotNull(failure);
    assertTrue(failure.report().contains("Shrinking stopped early, on IllegalStateException: no smaller key than "),
        failure.report());
    assertTrue(failure.report().contains(": the steps above are the smallest failure found before it.\nReplay: "),
        failure.report());
    assertNotNull(failure.regressionTest(), failure.report());
  }

  /**
   * A stack that pushes past its capacity: after two pushes at capacity 1, a second pop shows it in
   * four steps and size in three, but pop is declared before size, so size is not simpler. It is
   * kept because the failure then shows a step earlier.
   */
  @org.junit.jupiter.api.Test
  void aStepBecomesAnotherOperationWhenThatShowsTheFailureEarlier() {
    Machine<StackModel, BoundedStack, StackMachine.Op> machine = Engine.withImpl(new StackMachine(false), dev.modelof.sample.BrokenStack.class, setup -> new dev.modelof.sample.BrokenStack(setup.arg(0)));
    Setup setup = new Setup(0, List.of(1));
    List<Step<StackMachine.Op>> steps = List.of(new Step<>(0, new StackMachine.Push(0)),
        new Step<>(1, new StackMachine.Push(0)), new Step<>(2, new StackMachine.Pop()), new Step<>(3, new StackMachine.Pop()));
    Replayer<StackModel, BoundedStack, StackMachine.Op> replayer = new Replayer<>(machine);
    Trace trace = replayer.replay(setup, steps);
    assertEquals(4, trace.events().size(), "the second pop shows the bug");
    Shrinker<StackModel, BoundedStack, StackMachine.Op> shrinker = new Shrinker<>(machine, replayer, setup, steps, trace);
    shrinker.shrink();
    assertEquals(List.of(new StackMachine.Push(0), new StackMachine.Push(0), new StackMachine.Size()),
        shrinker.steps().stream().map(Step::op).toList());
  }

  /**
   * A stack that starts with {@code capacity - 1} zeros on both sides, and whose size is one too
   * many from its fifth push on, the zeros counted: from capacity 1 the bug takes five pushes and a
   * size, from capacity 5 one push and a size. No smaller value and no single dropped step gets
   * there; only a larger setup value does.
   */
  private static Machine<StackModel, BoundedStack, StackMachine.Op> wrongAfterFivePushes() {
    Map<BoundedStack, Integer> pushes = new IdentityHashMap<>();
    return new ForwardingMachine<>(new StackMachine(true)) {
      @Override
      public StackModel newModel(Setup setup) throws Exception {
        StackModel model = super.newModel(setup);
        for (int i = 1; i < (int) setup.arg(0); i++) {
          model.push(0);
        }
        return model;
      }

      @Override
      public BoundedStack newImpl(Setup setup) throws Exception {
        BoundedStack stack = super.newImpl(setup);
        for (int i = 1; i < (int) setup.arg(0); i++) {
          stack.push(0);
        }
        pushes.put(stack, (int) setup.arg(0) - 1);
        return stack;
      }

      @Override
      public Object applyToImpl(StackMachine.Op op, BoundedStack impl, Refs refs) throws Exception {
        Object result = super.applyToImpl(op, impl, refs);
        if (op instanceof StackMachine.Push) {
          pushes.merge(impl, 1, Integer::sum);
        }
        return op instanceof StackMachine.Size && pushes.get(impl) >= 5 ? (Object) (impl.size() + 1) : result;
      }
    };
  }

  private static Shrinker<StackModel, BoundedStack, StackMachine.Op> shrunk(
      Machine<StackModel, BoundedStack, StackMachine.Op> machine, Setup setup, List<StackMachine.Op> ops,
      boolean shortest) {
    List<Step<StackMachine.Op>> steps = new java.util.ArrayList<>();
    for (StackMachine.Op op : ops) {
      steps.add(new Step<>(steps.size(), op));
    }
    Replayer<StackModel, BoundedStack, StackMachine.Op> replayer = new Replayer<>(machine);
    Trace trace = replayer.replay(setup, steps);
    assertEquals(Failure.Kind.DISAGREE, trace.kind(), "the sequence fails to begin with");
    Shrinker<StackModel, BoundedStack, StackMachine.Op> shrinker =
        new Shrinker<>(machine, replayer, setup, steps, trace, shortest ? Engine.Shrinking.ALL : Engine.Shrinking.ONE_MINIMAL);
    shrinker.shrink();
    return shrinker;
  }

  @org.junit.jupiter.api.Test
  void aLargerSetupValueLetsTheStepsThatBuiltItUpGo() {
    Machine<StackModel, BoundedStack, StackMachine.Op> machine = wrongAfterFivePushes();
    StackMachine.Op push = new StackMachine.Push(0);
    List<StackMachine.Op> ops = List.of(push, push, push, push, push, new StackMachine.Size());

    Shrinker<StackModel, BoundedStack, StackMachine.Op> oneMinimal = shrunk(machine, new Setup(0, List.of(1)), ops, false);
    assertEquals(6, oneMinimal.steps().size(), "1-minimal: no step can go at capacity 1");

    Shrinker<StackModel, BoundedStack, StackMachine.Op> shortest = shrunk(machine, new Setup(0, List.of(1)), ops, true);
    assertEquals(List.of(5), shortest.setup().args());
    assertEquals(List.of(push, new StackMachine.Size()), shortest.steps().stream().map(Step::op).toList());
  }

  /**
   * The same bug, and a run that starts in the middle: capacity 3 and three pushes. The shrinker
   * tries every capacity, keeps the shortest failure of each, and reports the one that comes first:
   * two steps at capacity 5 (none shorter exists).
   */
  @org.junit.jupiter.api.Test
  void everyValueOfASmallSetupDomainIsTriedAndTheShortestFailureKept() {
    Machine<StackModel, BoundedStack, StackMachine.Op> machine = wrongAfterFivePushes();
    StackMachine.Op push = new StackMachine.Push(7);
    List<StackMachine.Op> ops = List.of(push, new StackMachine.Pop(), push, push, push, new StackMachine.Size());
    Shrinker<StackModel, BoundedStack, StackMachine.Op> shortest = shrunk(machine, new Setup(0, List.of(3)), ops, true);
    assertEquals(List.of(5), shortest.setup().args());
    assertEquals(List.of(new StackMachine.Push(0), new StackMachine.Size()),
        shortest.steps().stream().map(Step::op).toList());
  }

  /**
   * A stack wrong in two ways: from capacity 3 up, a pop from three values or more returns one too
   * many; at capacity 1, size is one too many after two pushes. Found at capacity 3 with three
   * pushes and a pop, the bug shows at capacity 1 only through other steps.
   */
  private static Machine<StackModel, BoundedStack, StackMachine.Op> wrongTwoWays() {
    Map<BoundedStack, Integer> capacity = new IdentityHashMap<>();
    Map<BoundedStack, Integer> pushes = new IdentityHashMap<>();
    return new ForwardingMachine<>(new StackMachine(true)) {
      @Override
      public BoundedStack newImpl(Setup setup) throws Exception {
        BoundedStack stack = super.newImpl(setup);
        capacity.put(stack, setup.arg(0));
        pushes.put(stack, 0);
        return stack;
      }

      @Override
      public Object applyToImpl(StackMachine.Op op, BoundedStack impl, Refs refs) throws Exception {
        int before = impl.size();
        Object result = super.applyToImpl(op, impl, refs);
        if (op instanceof StackMachine.Push) {
          pushes.merge(impl, 1, Integer::sum);
        }
        if (op instanceof StackMachine.Pop && capacity.get(impl) >= 3 && before >= 3) {
          return (int) result + 1;
        }
        return op instanceof StackMachine.Size && capacity.get(impl) == 1 && pushes.get(impl) >= 2
            ? (Object) (impl.size() + 1) : result;
      }
    };
  }

  @org.junit.jupiter.api.Test
  void aSimplerSetupValueThatNoSequenceAtHandFailsFromIsSearched() {
    Machine<StackModel, BoundedStack, StackMachine.Op> machine = wrongTwoWays();
    StackMachine.Op push = new StackMachine.Push(0);
    List<StackMachine.Op> ops = List.of(push, push, push, new StackMachine.Pop());

    Shrinker<StackModel, BoundedStack, StackMachine.Op> oneMinimal = shrunk(machine, new Setup(0, List.of(3)), ops, false);
    assertEquals(List.of(3), oneMinimal.setup().args());
    assertEquals(4, oneMinimal.steps().size());

    Shrinker<StackModel, BoundedStack, StackMachine.Op> shortest = shrunk(machine, new Setup(0, List.of(3)), ops, true);
    assertEquals(List.of(1), shortest.setup().args());
    assertEquals(List.of(push, push, new StackMachine.Size()), shortest.steps().stream().map(Step::op).toList());
  }
}

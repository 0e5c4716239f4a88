package dev.modelof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.modelof.sample.BoundedStack;
import dev.modelof.sample.StackMachine;
import dev.modelof.sample.StackModel;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
    return new DelegatingMachine<>(new StackMachine(true)) {
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
    Failure failure = ModelCheck.check(machine, machine.declared().withSeed(seed)).failure();
    assertNotNull(failure);
    // capacity 1: one push fills it exactly, then size
    assertEquals(List.of(1), failure.setup().args(), failure.report());
    assertEquals(2, failure.length(), failure.report());
  }
}

package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.internal.InvariantInfo;
import dev.modelof.internal.Machine;
import dev.modelof.sample.BoundedStack;
import dev.modelof.sample.StackMachine;
import dev.modelof.sample.StackModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invariants are checked on the pair as built, before the first step, as after every step. */
class InitialInvariantTest {
  /** The stack with an invariant that a new stack already breaks: it must start with room for two. */
  private static Machine<StackModel, BoundedStack, StackMachine.Op> roomForTwo() {
    return new ForwardingMachine<>(new StackMachine(true)) {
      @Override
      public List<InvariantInfo> invariants() {
        return List.of(InvariantInfo.onImpl("roomForTwo"));
      }

      @Override
      public boolean invariant(int index, StackModel model, BoundedStack impl) {
        int room = 0;
        for (int i = 0; i < 2; i++) {
          impl.push(i);
          room += impl.size() > i ? 1 : 0;
        }
        while (impl.size() > 0) {
          impl.pop();
        }
        return room == 2;
      }
    };
  }

  @Test
  void anImplementationThatBreaksAnInvariantAsBuiltFailsWithNoStep() {
    Failure<?> failure = ModelCheck.of(roomForTwo()).withSeed(3).check().failure();
    assertNotNull(failure, "the stack of capacity 1 was never built");
    assertEquals(0, failure.length(), failure.report());
    assertEquals(List.of(1), failure.setup().args(), failure.report());
    assertTrue(failure.report().startsWith("StackSpec: BoundedStack breaks an invariant before the first step"),
        failure.report());
    assertTrue(failure.report().contains("  invariant roomForTwo(impl) is false as built, before the first step      <-- here\n"),
        failure.report());
    String test = failure.regressionTest();
    assertTrue(test.contains("var impl = new BoundedStack(1);\n    assertTrue(StackSpec.roomForTwo(impl));\n"), test);
  }
}

package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Gen;
import dev.modelof.Gens;
import dev.modelof.ModelCheck;
import dev.modelof.Source;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.ParameterInfo;
import dev.modelof.internal.SetupInfo;
import dev.modelof.sample.ArrayMap;
import dev.modelof.sample.BoundedStack;
import dev.modelof.sample.MapMachine;
import dev.modelof.sample.MapModel;
import dev.modelof.sample.StackMachine;
import dev.modelof.sample.StackModel;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A generator of the spec's own that throws or hangs: an error of the spec, naming the generator's
 * line and the try, never a failure of the implementation, never a run that waits forever.
 */
class GeneratorErrorTest {
  /** Lets the generators that hang return, once a test is done with them. */
  private static volatile boolean released;

  @AfterAll
  static void release() {
    released = true;
  }

  /** The map's operations with their keys drawn from {@code keys}. */
  static Machine<MapModel, ArrayMap, MapMachine.Op> withKeys(Machine<MapModel, ArrayMap, MapMachine.Op> map,
      Gen<Integer> keys) {
    return new ForwardingMachine<>(map) {
      @Override
      public List<OperationInfo> operations() {
        return List.of(
            OperationInfo.value("put", ParameterInfo.of("key", keys), ParameterInfo.of("value", Gens.ints())),
            OperationInfo.value("get", ParameterInfo.of("key", keys)),
            OperationInfo.value("remove", ParameterInfo.of("key", keys)),
            OperationInfo.value("size"));
      }
    };
  }

  @Test
  void aGeneratorThatThrowsIsAnErrorThatSaysWhereAndHowToReplay() {
    Machine<MapModel, ArrayMap, MapMachine.Op> machine = withKeys(new MapMachine(), new Gen<>() {
      @Override
      public Integer generate(Source source) {
        int key = source.nextInt(1000);
        if (key == 999) {
          throw new IllegalArgumentException("no key 999");
        }
        return key;
      }
    });
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> ModelCheck.of(machine).withSettings(machine.declared().withSeed(1)).check());
    assertTrue(error.getMessage().matches("MapSpec: a generator threw IllegalArgumentException: no key 999 at "
        + "dev\\.modelof\\.engine\\.GeneratorErrorTest\\$\\d+\\.generate\\(GeneratorErrorTest\\.java:\\d+\\), drawing the"
        + " argument key, in try \\d+ of seed 0x1\\. Replay: -Dmodelof\\.seed=0x1 -Dmodelof\\.tries=200"
        + " -Dmodelof\\.try=\\d+"), error.getMessage());
    assertEquals("no key 999", error.getCause().getMessage());
  }

  /** A generator that hangs on key 999 and ignores interrupts, as a loop that never ends would. */
  private static Machine<MapModel, ArrayMap, MapMachine.Op> hangingKeys() {
    return withKeys(new MapMachine(), new Gen<>() {
      @Override
      public Integer generate(Source source) {
        int key = source.nextInt(1000);
        while (key == 999 && !released) {
          Thread.onSpinWait();
        }
        return key;
      }
    });
  }

  private static final String HANG = "MapSpec: drawing step \\d+ \\(a generator, a precondition or a @FromModel method\\)"
      + " did not return within 200ms at dev\\.modelof\\.engine\\.GeneratorErrorTest\\$\\d+\\.generate\\(GeneratorErrorTest"
      + "\\.java:\\d+\\), in try \\d+ of seed 0x1\\. Replay: -Dmodelof\\.seed=0x1 -Dmodelof\\.tries=200 -Dmodelof\\.try=\\d+";

  /** In a try that runs unrecorded, the hang is a step's; a redraw with the model alone finds that drawing it hangs. */
  @Test
  void aGeneratorThatHangsIsAnErrorThatSaysWhere() {
    Machine<MapModel, ArrayMap, MapMachine.Op> machine = hangingKeys();
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> ModelCheck.of(machine)
        .withSettings(machine.declared().withSeed(1).withTimeout(Duration.ofMillis(200))).check());
    assertTrue(error.getMessage().matches(HANG), error.getMessage());
  }

  /** A precondition is drawn with its step too: one that hangs is the same error, never the implementation's hang. */
  @Test
  void aPreconditionThatHangsIsTheSameError() {
    Machine<MapModel, ArrayMap, MapMachine.Op> machine = new ForwardingMachine<>(new MapMachine()) {
      @Override
      public boolean enabled(int index, MapModel model) {
        while (model.size() == 3 && !released) {
          Thread.onSpinWait();
        }
        return true;
      }
    };
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> ModelCheck.of(machine)
        .withSettings(machine.declared().withSeed(1).withTimeout(Duration.ofMillis(200))).check());
    assertTrue(error.getMessage().matches(HANG.replace("\\.generate\\(", "\\.enabled\\(")), error.getMessage());
  }

  /** A setup's generator is drawn as the try starts: one that hangs is the same error, naming the setup. */
  @Test
  void aSetupGeneratorThatHangsIsTheSameError() {
    Gen<Integer> capacities = new Gen<>() {
      @Override
      public Integer generate(Source source) {
        int capacity = 1 + source.nextInt(20);
        while (capacity == 20 && !released) {
          Thread.onSpinWait();
        }
        return capacity;
      }
    };
    Machine<StackModel, BoundedStack, StackMachine.Op> machine = new ForwardingMachine<>(new StackMachine(false)) {
      @Override
      public List<SetupInfo> setups() {
        return List.of(SetupInfo.of("model", ParameterInfo.of("capacity", capacities)));
      }
    };
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> ModelCheck.of(machine)
        .withSettings(machine.declared().withSeed(1).withTimeout(Duration.ofMillis(200))).check());
    assertTrue(error.getMessage().matches("StackSpec: drawing the setup \\(a generator of the model factory's parameters\\)"
        + " did not return within 200ms at dev\\.modelof\\.engine\\.GeneratorErrorTest\\$\\d+\\.generate\\("
        + "GeneratorErrorTest\\.java:\\d+\\), in try \\d+ of seed 0x1\\. Replay: .*"), error.getMessage());
  }

  /** In a recorded try, the watch stands at drawing the step. */
  @Test
  void aGeneratorThatHangsInARecordedTryIsTheSameError() {
    Machine<MapModel, ArrayMap, MapMachine.Op> machine = hangingKeys();
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> Engine.checkRecorded(machine, machine.declared().withSeed(1).withTimeout(Duration.ofMillis(200))));
    assertTrue(error.getMessage().matches(HANG), error.getMessage());
  }
}

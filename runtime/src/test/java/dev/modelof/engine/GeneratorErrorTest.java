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
import dev.modelof.sample.ArrayMap;
import dev.modelof.sample.MapMachine;
import dev.modelof.sample.MapModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A generator of the spec's own that throws: an error of the spec, naming the generator's line, the argument and the try. */
class GeneratorErrorTest {
  @Test
  void aGeneratorThatThrowsIsAnErrorThatSaysWhereAndHowToReplay() {
    Gen<Integer> keys = new Gen<>() {
      @Override
      public Integer generate(Source source) {
        int key = source.nextInt(1000);
        if (key == 999) {
          throw new IllegalArgumentException("no key 999");
        }
        return key;
      }
    };
    Machine<MapModel, ArrayMap, MapMachine.Op> machine = new ForwardingMachine<>(new MapMachine()) {
      @Override
      public List<OperationInfo> operations() {
        return List.of(
            OperationInfo.value("put", ParameterInfo.of("key", keys), ParameterInfo.of("value", Gens.ints())),
            OperationInfo.value("get", ParameterInfo.of("key", keys)),
            OperationInfo.value("remove", ParameterInfo.of("key", keys)),
            OperationInfo.value("size"));
      }
    };
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> ModelCheck.of(machine).withSettings(machine.declared().withSeed(1)).check());
    assertTrue(error.getMessage().matches("MapSpec: a generator threw IllegalArgumentException: no key 999 at "
        + "dev\\.modelof\\.engine\\.GeneratorErrorTest\\$1\\.generate\\(GeneratorErrorTest\\.java:\\d+\\), drawing the"
        + " argument key, in try \\d+ of seed 0x1\\. Replay: -Dmodelof\\.seed=0x1 -Dmodelof\\.tries=200"
        + " -Dmodelof\\.try=\\d+"), error.getMessage());
    assertEquals("no key 999", error.getCause().getMessage());
  }
}

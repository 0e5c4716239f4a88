package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.internal.Machine;
import dev.modelof.internal.Refs;
import dev.modelof.sample.ArrayMap;
import dev.modelof.sample.MapBugs;
import dev.modelof.sample.MapMachine;
import dev.modelof.sample.MapModel;
import dev.modelof.testing.InMemoryJavac;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A {@link VirtualMachineError} of the implementation is a failure of its step; one of the model stops the run. */
class VirtualMachineErrorTest {
  private static Machine<MapModel, ArrayMap, MapMachine.Op> variant(Class<? extends ArrayMap> type, Supplier<ArrayMap> impl) {
    return Engine.withImpl(new MapMachine(), type, setup -> impl.get());
  }

  @Test
  void anOutOfMemoryErrorOfTheImplementationIsReportedShrunkAndGivenARegressionTest() {
    Failure<?> failure = ModelCheck.of(variant(MapBugs.ThirdPutRunsOutOfMemory.class, MapBugs.ThirdPutRunsOutOfMemory::new))
        .withSeed(1).check().failure();
    assertNotNull(failure, "the error was not found");
    assertEquals(Failure.Kind.DISAGREE, failure.kind(), failure.report());
    assertEquals(3, failure.length(), failure.report());
    assertTrue(failure.report().startsWith("MapSpec: ThirdPutRunsOutOfMemory disagrees with the model after 3 steps"),
        failure.report());
    assertTrue(failure.report().contains("-> model null, ThirdPutRunsOutOfMemory throws OutOfMemoryError: Java heap space"
        + "      <-- here\n"), failure.report());

    String source = failure.regressionSource("dev.modelof.sample", "OutOfMemoryRegressionTest");
    Class<?> buggy = InMemoryJavac.compile("dev.modelof.sample.OutOfMemoryRegressionTest", source);
    assertInstanceOf(OutOfMemoryError.class, InMemoryJavac.run(buggy, "mapSpecRegression"), source);
    String fixedSource = source.replace("new ThirdPutRunsOutOfMemory()", "new ArrayMap()")
        .replace("import dev.modelof.sample.MapBugs.ThirdPutRunsOutOfMemory;", "import dev.modelof.sample.ArrayMap;");
    Class<?> fixed = InMemoryJavac.compile("dev.modelof.sample.OutOfMemoryRegressionTest", fixedSource);
    assertNull(InMemoryJavac.run(fixed, "mapSpecRegression"), fixedSource);
  }

  @Test
  void anAllocationNoHeapHoldsIsAFailureOfItsStep() {
    Failure<?> failure = ModelCheck.of(variant(MapBugs.GetAbsentAllocates.class, MapBugs.GetAbsentAllocates::new))
        .withSeed(2).check().failure();
    assertNotNull(failure, "the error was not found");
    assertEquals(2, failure.length(), failure.report());
    assertTrue(failure.report().contains(", GetAbsentAllocates throws OutOfMemoryError: "), failure.report());
    assertEquals(0, MapBugs.GetAbsentAllocates.allocated);
  }

  @Test
  void anOutOfMemoryErrorOfTheModelStopsTheRun() {
    Machine<MapModel, ArrayMap, MapMachine.Op> machine = new ForwardingMachine<>(new MapMachine()) {
      @Override
      public Object applyToModel(MapMachine.Op op, MapModel model, Refs refs) throws Exception {
        if (op instanceof MapMachine.Size) {
          throw new OutOfMemoryError("the model's");
        }
        return super.applyToModel(op, model, refs);
      }
    };
    OutOfMemoryError error = assertThrows(OutOfMemoryError.class, () -> ModelCheck.of(machine).withSeed(3).check());
    assertEquals("the model's", error.getMessage());
  }
}

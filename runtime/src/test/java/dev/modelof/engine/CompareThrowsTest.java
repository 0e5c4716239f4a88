package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.internal.Machine;
import dev.modelof.sample.ArrayMap;
import dev.modelof.sample.MapMachine;
import dev.modelof.sample.MapModel;
import org.junit.jupiter.api.Test;

/**
 * A comparison of the spec's own ({@code @Compare}, or a result's {@code equals}) that throws: the
 * step fails with what it threw, and the failure is shrunk and reported like any other.
 */
class CompareThrowsTest {
  @Test
  void aComparisonThatThrowsFailsItsStep() {
    Machine<MapModel, ArrayMap, MapMachine.Op> machine = new ForwardingMachine<>(new MapMachine()) {
      @Override
      public boolean sameResult(MapMachine.Op op, Object modelResult, Object implResult) {
        if (op instanceof MapMachine.Get && implResult != null) {
          throw new IllegalStateException("cannot compare " + implResult);
        }
        return super.sameResult(op, modelResult, implResult);
      }
    };
    Failure<?> failure = ModelCheck.of(machine).withSettings(machine.declared().withSeed(1)).check().failure();
    assertNotNull(failure);
    assertEquals(Failure.Kind.DISAGREE, failure.kind());
    // a put, then a get of its key; the value shrinks to 128, the smallest whose boxes are two
    // objects (one object is taken as equal to itself without a comparison)
    assertEquals(2, failure.length(), failure.report());
    assertTrue(failure.report().matches("(?s).*\n  get\\(0\\) +-> comparing model -?\\d+ with ArrayMap -?\\d+ threw"
        + " IllegalStateException: cannot compare -?\\d+ at dev\\.modelof\\.engine\\.CompareThrowsTest\\$1\\.sameResult\\("
        + ".*"), failure.report());
  }
}

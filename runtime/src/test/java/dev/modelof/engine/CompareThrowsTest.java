package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.internal.Machine;
import dev.modelof.sample.ArrayMap;
import dev.modelof.sample.MapMachine;
import dev.modelof.sample.MapModel;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A comparison of the spec's own ({@code @Compare}, or a result's {@code equals}) that throws or
 * hangs: the step fails with what it threw, or hangs within the time limit, and the failure is
 * shrunk and reported like any other.
 */
class CompareThrowsTest {
  /** Lets the comparisons that hang return, once a test is done with them. */
  private static volatile boolean released;

  @AfterAll
  static void release() {
    released = true;
  }

  /** A comparison that hangs is a hang of the spec's, timed, shrunk and reported, not a test that never ends. */
  @Test
  void aComparisonThatHangsIsTheSpecsHang() {
    Machine<MapModel, ArrayMap, MapMachine.Op> machine = new ForwardingMachine<>(new MapMachine()) {
      @Override
      public boolean sameResult(MapMachine.Op op, Object modelResult, Object implResult) {
        while (op instanceof MapMachine.Get && implResult != null && !released) {
          Thread.onSpinWait();
        }
        return super.sameResult(op, modelResult, implResult);
      }
    };
    Failure<?> failure = ModelCheck.of(machine)
        .withSettings(machine.declared().withSeed(1).withTimeout(Duration.ofMillis(200))).check().failure();
    assertNotNull(failure);
    assertEquals(Failure.Kind.TIMEOUT, failure.kind(), failure.report());
    assertTrue(failure.report().matches("(?s)MapSpec: comparing the results of get\\(0\\) did not return within 200ms"
        + " at step 2 .*"), failure.report());
    assertNull(failure.regressionTest(), failure.report());
  }

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
        + " IllegalStateException: cannot compare -?\\d+ at dev\\.modelof\\.engine\\.CompareThrowsTest\\$\\d+\\.sameResult\\("
        + ".*"), failure.report());
  }
}

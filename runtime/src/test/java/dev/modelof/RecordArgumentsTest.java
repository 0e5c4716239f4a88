package dev.modelof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.sample.Point;
import dev.modelof.sample.PointSet;
import dev.modelof.sample.PointSetMachine;
import dev.modelof.sample.PointSetSpec;
import dev.modelof.testing.InMemoryJavac;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class RecordArgumentsTest {
  private static Machine<PointSetSpec.Model, PointSet, PointSetMachine.Op> buggy() {
    return new PointSetMachine().withImpl("dev.modelof.sample.PointSet.IgnoresY", setup -> new PointSet.IgnoresY());
  }

  private static Settings seeded(long seed) {
    return new PointSetMachine().declared().withSeed(seed);
  }

  @Test
  void aRightSetPasses() {
    Result result = ModelCheck.check(new PointSetMachine(), seeded(1));
    assertTrue(result.passed(), () -> result.failure().report());
  }

  @Test
  void theBugIsShrunkComponentByComponent() {
    for (long seed = 1; seed <= 10; seed++) {
      Failure failure = ModelCheck.check(buggy(), seeded(seed)).failure();
      assertNotNull(failure);
      // put a point in, then ask for one with the same x and another y
      assertEquals(2, failure.length(), failure.report());
      PointSetMachine.Contains contains = (PointSetMachine.Contains) failure.operations().get(1);
      Point added = failure.operations().get(0) instanceof PointSetMachine.Add add ? add.point()
          : ((PointSetMachine.AddAll) failure.operations().get(0)).points().get(0);
      assertEquals(added.x(), contains.point().x(), failure.report());
      // the y that differs shrinks to 0 on one side and next to it on the other
      assertTrue(Math.abs(added.y()) + Math.abs(contains.point().y()) == 1, failure.report());
      assertTrue(failure.report().contains(" -> model false, IgnoresY true      <-- here\n"), failure.report());
    }
  }

  @Test
  void theRegressionTestWritesRecordsAndCompilesFailsAndPassesOnceFixed() {
    Failure failure = ModelCheck.check(buggy(), seeded(3)).failure();
    assertTrue(failure.regressionTest().contains("assertFalse(impl.contains(new Point(0, "), failure.report());
    assertCompilesFailsAndPasses(failure, "PointRegressionTest");
  }

  @Test
  void aListOfRecordsIsWrittenElementByElement() {
    // with add disabled, addAll must put the point in
    Machine<PointSetSpec.Model, PointSet, PointSetMachine.Op> machine = new DelegatingMachine<>(buggy()) {
      @Override
      public boolean enabled(int index, PointSetSpec.Model model) {
        return index != 0;
      }
    };
    Failure failure = ModelCheck.check(machine, seeded(4)).failure();
    assertTrue(failure.regressionTest().matches("(?s).*\n    impl\\.addAll\\(List\\.of\\(new Point\\(-?\\d+, -?\\d+\\)\\)\\);\n.*"),
        failure.report());
    assertCompilesFailsAndPasses(failure, "PointListRegressionTest");
  }

  private static void assertCompilesFailsAndPasses(Failure failure, String className) {
    String source = failure.regressionSource("dev.modelof.sample", className);
    Class<?> buggy = InMemoryJavac.compile("dev.modelof.sample." + className, source);
    assertInstanceOf(AssertionFailedError.class, InMemoryJavac.run(buggy, "pointSetSpecRegression"), source);
    String fixedSource = source.replace("new IgnoresY()", "new PointSet()")
        .replace("import dev.modelof.sample.PointSet.IgnoresY;", "import dev.modelof.sample.PointSet;");
    Class<?> fixed = InMemoryJavac.compile("dev.modelof.sample." + className, fixedSource);
    assertNull(InMemoryJavac.run(fixed, "pointSetSpecRegression"), fixedSource);
  }
}

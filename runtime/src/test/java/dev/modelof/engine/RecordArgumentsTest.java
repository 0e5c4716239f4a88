package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.Settings;
import dev.modelof.internal.Machine;
import dev.modelof.sample.Point;
import dev.modelof.sample.PointSet;
import dev.modelof.sample.PointSetMachine;
import dev.modelof.sample.PointSetSpec;
import dev.modelof.testing.InMemoryJavac;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class RecordArgumentsTest {
  private static Machine<PointSetSpec.Model, PointSet, PointSetMachine.Op> buggy() {
    return Engine.withImpl(new PointSetMachine(), PointSet.IgnoresY.class, setup -> new PointSet.IgnoresY());
  }

  private static Settings seeded(long seed) {
    return new PointSetMachine().declared().withSeed(seed);
  }

  @Test
  void aRightSetPasses() {
    Result<?> result = ModelCheck.of(new PointSetMachine()).withSettings(seeded(1)).check();
    assertTrue(result.passed(), () -> result.failure().report());
  }

  @Test
  void theBugIsShrunkComponentByComponentAndAComponentTwoPointsShareShrinksInBoth() {
    for (long seed = 1; seed <= 10; seed++) {
      Failure<?> failure = ModelCheck.of(buggy()).withSettings(seeded(seed)).check().failure();
      assertNotNull(failure);
      // two points with the same x and ys next to each other: put one in, then ask for the other
      // or put both in and count them
      assertTrue(failure.length() == 2 || failure.length() == 3, failure.report());
      List<Point> points = new ArrayList<>();
      for (Object op : failure.operations()) {
        if (op instanceof PointSetMachine.Add add) {
          points.add(add.point());
        } else if (op instanceof PointSetMachine.AddAll addAll) {
          points.addAll(addAll.points());
        } else if (op instanceof PointSetMachine.Contains contains) {
          points.add(contains.point());
        }
      }
      assertEquals(2, points.size(), failure.report());
      assertEquals(0, points.get(0).x(), failure.report());
      assertEquals(0, points.get(1).x(), failure.report());
      assertEquals(1, Math.abs(points.get(0).y()) + Math.abs(points.get(1).y()), failure.report());
      assertTrue(failure.report().contains("      <-- here\n"), failure.report());
    }
  }

  @Test
  void theRegressionTestWritesRecordsAndCompilesFailsAndPassesOnceFixed() {
    Failure<?> failure = ModelCheck.of(buggy()).withSettings(seeded(3)).check().failure();
    assertTrue(failure.regressionTest().contains("assertFalse(impl.contains(new Point(0, "), failure.report());
    assertCompilesFailsAndPasses(failure, "PointRegressionTest");
  }

  @Test
  void aListOfRecordsIsWrittenElementByElement() {
    // with add disabled, addAll must put the point in
    Machine<PointSetSpec.Model, PointSet, PointSetMachine.Op> machine = new ForwardingMachine<>(buggy()) {
      @Override
      public boolean enabled(int index, PointSetSpec.Model model) {
        return index != 0;
      }
    };
    Failure<?> failure = ModelCheck.of(machine).withSettings(seeded(4)).check().failure();
    assertTrue(failure.regressionTest().matches("(?s).*\n    impl\\.addAll\\(List\\.of\\(new Point\\(-?\\d+, -?\\d+\\)\\)\\);\n.*"),
        failure.report());
    assertCompilesFailsAndPasses(failure, "PointListRegressionTest");
  }

  private static void assertCompilesFailsAndPasses(Failure<?> failure, String className) {
    String source = failure.regressionSource("dev.modelof.sample", className);
    Class<?> buggy = InMemoryJavac.compile("dev.modelof.sample." + className, source);
    assertInstanceOf(AssertionFailedError.class, InMemoryJavac.run(buggy, "pointSetSpecRegression"), source);
    String fixedSource = source.replace("new IgnoresY()", "new PointSet()")
        .replace("import dev.modelof.sample.PointSet.IgnoresY;", "import dev.modelof.sample.PointSet;");
    Class<?> fixed = InMemoryJavac.compile("dev.modelof.sample." + className, fixedSource);
    assertNull(InMemoryJavac.run(fixed, "pointSetSpecRegression"), fixedSource);
  }
}

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
import dev.modelof.Setup;
import dev.modelof.internal.Machine;
import dev.modelof.internal.Refs;
import dev.modelof.sample.ArrayMap;
import dev.modelof.sample.MapBugs;
import dev.modelof.sample.MapMachine;
import dev.modelof.sample.MapModel;
import dev.modelof.testing.InMemoryJavac;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TeardownTest {
  @BeforeEach
  void resetCounts() {
    MapBugs.Closing.opened.set(0);
    MapBugs.Closing.closed.set(0);
    MapModel.Closing.opened.set(0);
    MapModel.Closing.closed.set(0);
  }

  private static Settings seeded(long seed) {
    return new MapMachine().declared().withSeed(seed);
  }

  @Test
  void closeableModelAndImplementationAreClosedAfterEveryTry() {
    Machine<MapModel, ArrayMap, MapMachine.Op> machine =
        Engine.withImpl(new MapMachine(true), MapBugs.Closing.class, setup -> new MapBugs.Closing());
    Result<?> result = ModelCheck.of(machine).withSettings(seeded(1)).check();
    assertTrue(result.passed(), () -> result.failure().report());
    assertEquals(200, MapBugs.Closing.opened.get());
    assertEquals(200, MapBugs.Closing.closed.get());
    assertEquals(200, MapModel.Closing.opened.get());
    assertEquals(200, MapModel.Closing.closed.get());
  }

  @Test
  void theyAreClosedAfterAFailureAndAfterEveryReplayOfTheShrinker() {
    Machine<MapModel, ArrayMap, MapMachine.Op> machine = new ForwardingMachine<>(
        Engine.withImpl(new MapMachine(true), MapBugs.Closing.class, setup -> new MapBugs.Closing())) {
      @Override
      public Object applyToImpl(MapMachine.Op op, ArrayMap impl, Refs refs) throws Exception {
        Object result = super.applyToImpl(op, impl, refs);
        return op instanceof MapMachine.Size && impl.size() > 2 ? impl.size() + 1 : result;
      }
    };
    Failure<?> failure = ModelCheck.of(machine).withSettings(seeded(2)).check().failure();
    assertNotNull(failure);
    assertEquals(Failure.Kind.DISAGREE, failure.kind());
    assertEquals(4, failure.length(), failure.report());
    assertTrue(failure.replays() > 10, "replays: " + failure.replays());
    assertEquals(MapBugs.Closing.opened.get(), MapBugs.Closing.closed.get());
    assertEquals(MapModel.Closing.opened.get(), MapModel.Closing.closed.get());
    assertTrue(MapBugs.Closing.opened.get() > failure.replays(), "opened: " + MapBugs.Closing.opened.get());
  }

  @Test
  void aFailingCloseIsAFailureOfItsOwnKindAndIsShrunk() {
    Machine<MapModel, ArrayMap, MapMachine.Op> machine = Engine.withImpl(new MapMachine(true), MapBugs.CloseFailsWhenFull.class, setup -> new MapBugs.CloseFailsWhenFull());
    Failure<?> failure = ModelCheck.of(machine).withSettings(seeded(3)).check().failure();
    assertNotNull(failure);
    assertEquals(Failure.Kind.CLOSE, failure.kind(), failure.report());
    // three puts of distinct keys fill it; nothing else is needed
    assertEquals(3, failure.length(), failure.report());
    failure.operations().forEach(op -> assertInstanceOf(MapMachine.Put.class, op));
    assertTrue(failure.report().startsWith("MapSpec: CloseFailsWhenFull fails on close() after 3 steps (shrunk from "),
        failure.report());
    assertTrue(failure.report().contains("  close()         -> model closes normally, CloseFailsWhenFull throws"
        + " IOException: flush failed      <-- here\n"), failure.report());
    assertEquals(MapBugs.Closing.opened.get(), MapBugs.Closing.closed.get());
  }

  @Test
  void theRegressionTestOfAFailingCloseClosesTheImplementation() {
    Machine<MapModel, ArrayMap, MapMachine.Op> machine = Engine.withImpl(new MapMachine(), MapBugs.CloseFailsWhenFull.class, setup -> new MapBugs.CloseFailsWhenFull());
    Failure<?> failure = ModelCheck.of(machine).withSettings(seeded(4)).check().failure();
    assertTrue(failure.regressionTest().contains("void mapSpecRegression() throws Exception {"), failure.report());
    assertTrue(failure.regressionTest().contains("    impl.close();\n}"), failure.report());
    String source = failure.regressionSource("dev.modelof.sample", "CloseRegressionTest");
    Class<?> buggy = InMemoryJavac.compile("dev.modelof.sample.CloseRegressionTest", source);
    assertInstanceOf(IOException.class, InMemoryJavac.run(buggy, "mapSpecRegression"), source);
    String fixedSource = source.replace("new CloseFailsWhenFull()", "new Closing()")
        .replace("import dev.modelof.sample.MapBugs.CloseFailsWhenFull;", "import dev.modelof.sample.MapBugs.Closing;");
    Class<?> fixed = InMemoryJavac.compile("dev.modelof.sample.CloseRegressionTest", fixedSource);
    assertNull(InMemoryJavac.run(fixed, "mapSpecRegression"), fixedSource);
  }

  @Test
  void aModelThatThrowsOnCloseAsTheImplementationDoesAgrees() {
    Machine<MapModel, ArrayMap, MapMachine.Op> machine = new ForwardingMachine<>(Engine.withImpl(new MapMachine(), MapBugs.CloseFailsWhenFull.class, setup -> new MapBugs.CloseFailsWhenFull())) {
      @Override
      public MapModel newModel(Setup setup) {
        return new ThrowingModel();
      }
    };
    Result<?> result = ModelCheck.of(machine).withSettings(seeded(5)).check();
    assertTrue(result.passed(), () -> result.failure().report());
  }

  /** A model whose close fails as {@link MapBugs.CloseFailsWhenFull}'s does. */
  static final class ThrowingModel extends MapModel implements AutoCloseable {
    @Override
    public void close() throws IOException {
      if (size() >= 3) {
        throw new IOException("full");
      }
    }
  }
}

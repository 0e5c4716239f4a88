package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.Settings;
import dev.modelof.internal.Machine;
import dev.modelof.internal.Refs;
import dev.modelof.sample.ArrayMap;
import dev.modelof.sample.MapBugs;
import dev.modelof.sample.MapMachine;
import dev.modelof.sample.MapModel;
import dev.modelof.testing.InMemoryJavac;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class RegressionFileTest {
  @TempDir
  Path memory;

  private Failure<?> run(Path directory) {
    Settings settings = new MapMachine().declared().withMemory(directory).withSeed(1);
    return new Runner<>(Engine.withImpl(new MapMachine(), MapBugs.SizeAfterRemove.class, setup -> new MapBugs.SizeAfterRemove()),
        settings).check().failure();
  }

  @Test
  void aFailureWritesItsRegressionTestAsAClassThatCompilesAndFailsOnTheBug() throws IOException {
    Failure<?> failure = run(memory);
    // of an implementation given with withImpl: named by it too
    Path file = memory.resolve("regression/dev/modelof/sample/MapSpecSizeAfterRemoveRegressionTest.java");
    assertTrue(Files.exists(file), failure.report());
    String source = Files.readString(file);
    assertEquals(failure.regressionSource("dev.modelof.sample", "MapSpecSizeAfterRemoveRegressionTest"), source);
    assertTrue(failure.report().contains("as a whole class in " + file + "):"), failure.report());
    assertTrue(failure.report().contains(failure.regressionTest().lines().findFirst().orElseThrow()), failure.report());
    Class<?> test = InMemoryJavac.compile("dev.modelof.sample.MapSpecSizeAfterRemoveRegressionTest", source);
    assertInstanceOf(AssertionFailedError.class, InMemoryJavac.run(test, "mapSpecRegression"), source);
  }

  /** Two failing variants of one spec: a file each, neither writing over the other. */
  @Test
  void twoImplementationsOfOneSpecWriteAFileEach() throws IOException {
    run(memory);
    Settings settings = new MapMachine().declared().withMemory(memory).withSeed(1);
    Machine<MapModel, ArrayMap, MapMachine.Op> sizeOffByOne = new ForwardingMachine<>(new MapMachine()) {
      @Override
      public Object applyToImpl(MapMachine.Op op, ArrayMap impl, Refs refs) throws Exception {
        Object result = super.applyToImpl(op, impl, refs);
        return op instanceof MapMachine.Size && impl.size() > 1 ? (Object) (impl.size() + 1) : result;
      }
    };
    Failure<?> spec = new Runner<>(sizeOffByOne, settings).check().failure();
    Path own = memory.resolve("regression/dev/modelof/sample/MapSpecRegressionTest.java");
    assertTrue(spec.report().contains("as a whole class in " + own + "):"), spec.report());
    assertEquals(spec.regressionSource("dev.modelof.sample", "MapSpecRegressionTest"), Files.readString(own));
    assertTrue(Files.exists(memory.resolve("regression/dev/modelof/sample/MapSpecSizeAfterRemoveRegressionTest.java")));
  }

  @Test
  void aCheckWithoutMemoryWritesNoFile() {
    Failure<?> failure = ModelCheck.of(Engine.withImpl(new MapMachine(), MapBugs.SizeAfterRemove.class, setup -> new MapBugs.SizeAfterRemove()))
        .withSeed(1).check().failure();
    assertFalse(failure.report().contains("as a whole class in"), failure.report());
    assertFalse(Files.exists(Path.of("target", "modelof", "regression", "dev", "modelof", "sample",
        "MapSpecSizeAfterRemoveRegressionTest.java")));
  }
}

package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.Settings;
import dev.modelof.sample.MapBugs;
import dev.modelof.sample.MapMachine;
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
    Path file = memory.resolve("regression/dev/modelof/sample/MapSpecRegressionTest.java");
    assertTrue(Files.exists(file), failure.report());
    String source = Files.readString(file);
    assertEquals(failure.regressionSource("dev.modelof.sample", "MapSpecRegressionTest"), source);
    assertTrue(failure.report().contains("as a whole class in " + file + "):"), failure.report());
    assertTrue(failure.report().contains(failure.regressionTest().lines().findFirst().orElseThrow()), failure.report());
    Class<?> test = InMemoryJavac.compile("dev.modelof.sample.MapSpecRegressionTest", source);
    assertInstanceOf(AssertionFailedError.class, InMemoryJavac.run(test, "mapSpecRegression"), source);
  }

  @Test
  void aCheckWithoutMemoryWritesNoFile() {
    Failure<?> failure = ModelCheck.of(Engine.withImpl(new MapMachine(), MapBugs.SizeAfterRemove.class, setup -> new MapBugs.SizeAfterRemove()))
        .withSeed(1).check().failure();
    assertFalse(failure.report().contains("as a whole class in"), failure.report());
    assertFalse(Files.exists(Path.of("target", "modelof", "regression", "dev", "modelof", "sample", "MapSpecRegressionTest.java")));
  }
}

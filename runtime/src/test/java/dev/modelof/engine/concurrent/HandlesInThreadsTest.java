package dev.modelof.engine.concurrent;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.LinearizabilityCheck;
import dev.modelof.LinearizabilityResult;
import dev.modelof.LinearizabilitySettings;
import dev.modelof.Race;
import dev.modelof.sample.FileSystemMachine;
import dev.modelof.sample.MemoryFs;
import dev.modelof.testing.InMemoryJavac;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Handles made in the prefix, used from every thread: the file system of the sample machine, whose
 * descriptors are {@code @Ref} results. Unlocked, two writes to one file race on its buffer; locked,
 * it is never reported.
 */
public class HandlesInThreadsTest {
  /** The file system with every method holding its lock. */
  public static class LockedFs extends MemoryFs {
    @Override
    public synchronized int open(String name) {
      return super.open(name);
    }

    @Override
    public synchronized void write(int fd, String text) {
      super.write(fd, text);
    }

    @Override
    public synchronized String read(int fd) {
      return super.read(fd);
    }

    @Override
    public synchronized void close(int fd) {
      super.close(fd);
    }
  }

  @Test
  void theLockedFileSystemIsNeverReported() {
    LinearizabilityResult<FileSystemMachine.Op> result = LinearizabilityCheck.of(new FileSystemMachine())
        .withImpl(LockedFs.class, setup -> new LockedFs())
        .withSettings(LinearizabilitySettings.defaults().withScenarios(60).withSeed(5))
        .check();
    assertTrue(result.passed(), () -> result.race().report());
  }

  @Test
  void theUnlockedFileSystemRacesAndItsRegressionTestUsesTheHandles() {
    Race<FileSystemMachine.Op> race = LinearizabilityCheck.of(new FileSystemMachine())
        .withImpl(MemoryFs.class, setup -> new MemoryFs())
        .withSeed(5)
        .check()
        .race();
    assertNotNull(race, "the unlocked file system was not reported");
    assertTrue(race.prefix().size() >= 1, race.report());
    assertNotNull(race.regressionTest(), race.report());
    assertTrue(race.regressionTest().contains("var h"), race.report());
    String source = race.regressionSource("dev.modelof.sample", "MemoryFsLinearizabilityTest");
    Class<?> racy = InMemoryJavac.compile("dev.modelof.sample.MemoryFsLinearizabilityTest", source);
    assertInstanceOf(AssertionFailedError.class, InMemoryJavac.run(racy, "fileSystemSpecLinearizability"), source);
    String fixedSource = source.replace("new MemoryFs(", "new dev.modelof.engine.concurrent.HandlesInThreadsTest.LockedFs(");
    Class<?> fixed = InMemoryJavac.compile("dev.modelof.sample.MemoryFsLinearizabilityTest", fixedSource);
    assertNull(InMemoryJavac.run(fixed, "fileSystemSpecLinearizability"), fixedSource);
  }
}

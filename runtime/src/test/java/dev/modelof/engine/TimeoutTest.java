package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.Settings;
import dev.modelof.Setup;
import dev.modelof.SettingsException;
import dev.modelof.internal.Machine;
import dev.modelof.internal.Refs;
import dev.modelof.internal.SettingsText;
import dev.modelof.internal.UnrecordedStep;
import dev.modelof.sample.ArrayMap;
import dev.modelof.sample.MapBugs;
import dev.modelof.sample.MapMachine;
import dev.modelof.sample.MapModel;
import dev.modelof.testing.InMemoryJavac;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class TimeoutTest {
  private static final Duration TIMEOUT = Duration.ofMillis(200);

  @AfterAll
  static void releaseSpinners() {
    MapBugs.RemoveAbsentHangs.release();
  }

  private static Machine<MapModel, ArrayMap, MapMachine.Op> variant(Class<? extends ArrayMap> type, Supplier<ArrayMap> impl) {
    return Engine.withImpl(new MapMachine(), type, setup -> impl.get());
  }

  private static Settings settings(long seed) {
    return new MapMachine().declared().withSeed(seed).withTimeout(TIMEOUT);
  }

  @Test
  void anEndlessLoopIsReportedWithTheStepsThatLedToItAndShrunk() {
    Failure<?> failure = ModelCheck.of(variant(MapBugs.RemoveAbsentHangs.class, MapBugs.RemoveAbsentHangs::new)).withSettings(settings(3)).check()
        .failure();
    assertNotNull(failure, "the hang was not found");
    assertEquals(Failure.Kind.TIMEOUT, failure.kind(), failure.report());
    // a put, then a remove of another key
    assertEquals(2, failure.length(), failure.report());
    assertInstanceOf(MapMachine.Put.class, failure.operations().get(0));
    assertInstanceOf(MapMachine.Remove.class, failure.operations().get(1));
    String remove = "remove(" + ((MapMachine.Remove) failure.operations().get(1)).key() + ")";
    assertTrue(failure.report().startsWith("MapSpec: RemoveAbsentHangs hangs: " + remove
        + " did not return within 200ms at step 2 (shrunk from "), failure.report());
    assertTrue(failure.report().contains("  " + remove + "       -> did not return within 200ms      <-- here\n"),
        failure.report());
  }

  /**
   * Up to Java 19 a worker stuck in a loop that ignores its interrupt is stopped; later JVMs cannot
   * stop a thread, and the report says that it still runs.
   */
  @Test
  void aWorkerStuckInALoopIsStoppedOnceTheRunEndsOrTheReportSaysItStillRuns() throws InterruptedException {
    Failure<?> failure = ModelCheck.of(variant(MapBugs.RemoveAbsentHangs.class, MapBugs.RemoveAbsentHangs::new))
        .withSettings(settings(4)).check().failure();
    int java = Runtime.version().feature();
    String stillRuns = " ignores its interrupt and still runs: Java " + java + " cannot stop a thread, so it runs until the JVM exits.\n";
    String stillRun = " ignore their interrupt and still run: Java " + java + " cannot stop a thread, so they run until the JVM exits.\n";
    boolean says = failure.report().contains(stillRuns) || failure.report().contains(stillRun);
    if (java <= 19) {
      assertFalse(says, failure.report());
    } else {
      assertTrue(says, failure.report());
      assertTrue(spinningWorkers() > 0, "no worker is left spinning");
      MapBugs.RemoveAbsentHangs.release();
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (spinningWorkers() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(0, spinningWorkers());
  }

  private static long spinningWorkers() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("modelof-MapSpec") && t.isAlive()).count();
  }

  @Test
  void aSleepingCallIsInterruptedAndReported() {
    Failure<?> failure = ModelCheck.of(variant(MapBugs.GetAbsentSleeps.class, MapBugs.GetAbsentSleeps::new)).withSettings(settings(5)).check().failure();
    assertNotNull(failure);
    assertEquals(Failure.Kind.TIMEOUT, failure.kind(), failure.report());
    assertEquals(2, failure.length(), failure.report());
  }

  @Test
  void theRegressionTestOfAHangFailsByTimeoutAndPassesOnceFixed() {
    Failure<?> failure = ModelCheck.of(variant(MapBugs.GetAbsentSleeps.class, MapBugs.GetAbsentSleeps::new)).withSettings(settings(6)).check().failure();
    assertTrue(failure.regressionTest().contains("assertTimeoutPreemptively(Duration.ofMillis(200), () -> impl.get("),
        failure.report());
    String source = failure.regressionSource("dev.modelof.sample", "HangRegressionTest");
    Class<?> buggy = InMemoryJavac.compile("dev.modelof.sample.HangRegressionTest", source);
    assertInstanceOf(AssertionFailedError.class, InMemoryJavac.run(buggy, "mapSpecRegression"), source);
    String fixedSource = source.replace("new GetAbsentSleeps()", "new ArrayMap()")
        .replace("import dev.modelof.sample.MapBugs.GetAbsentSleeps;", "import dev.modelof.sample.ArrayMap;");
    Class<?> fixed = InMemoryJavac.compile("dev.modelof.sample.HangRegressionTest", fixedSource);
    assertNull(InMemoryJavac.run(fixed, "mapSpecRegression"), fixedSource);
  }

  @Test
  void aHangingModelIsTheSpecsFaultAndHasNoRegressionTest() {
    Machine<MapModel, ArrayMap, MapMachine.Op> machine = new ForwardingMachine<>(new MapMachine()) {
      @Override
      public Object applyToModel(MapMachine.Op op, MapModel model, Refs refs) throws Exception {
        if (op instanceof MapMachine.Size && model.size() > 1) {
          Thread.sleep(Long.MAX_VALUE);
        }
        return super.applyToModel(op, model, refs);
      }
    };
    Failure<?> failure = ModelCheck.of(machine).withSettings(settings(7)).check().failure();
    assertNotNull(failure);
    assertEquals(3, failure.length(), failure.report());
    assertTrue(failure.report().startsWith("MapSpec: the model hangs: size() did not return within 200ms at step 3"),
        failure.report());
    assertTrue(failure.report().contains("No regression test: the model did not return.\n"), failure.report());
  }

  /**
   * The same through the machine's {@code runUnrecorded}, which runs a step's two calls with one
   * move of the watch: the search finds out which side hung by running the model alone.
   */
  @Test
  void aModelThatHangsInAnUnrecordedStepIsTheSpecsFaultToo() {
    Machine<MapModel, ArrayMap, MapMachine.Op> machine = new ForwardingMachine<>(new MapMachine()) {
      @Override
      public MapModel newModel(Setup setup) {
        return new MapModel() {
          @Override
          public int size() {
            if (super.size() > 1) {
              sleepForever();
            }
            return super.size();
          }
        };
      }

      @Override
      public long runUnrecorded(int index, UnrecordedStep step, MapModel model, ArrayMap impl) throws Exception {
        return machine.runUnrecorded(index, step, model, impl);
      }
    };
    Failure<?> failure = ModelCheck.of(machine).withSettings(settings(7)).check().failure();
    assertNotNull(failure);
    assertTrue(failure.report().startsWith("MapSpec: the model hangs: size() did not return within 200ms at step "),
        failure.report());
    assertTrue(failure.report().contains("No regression test: the model did not return.\n"), failure.report());
  }

  private static void sleepForever() {
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aDisagreementStaysADisagreementWhileCandidatesHang() {
    // get(0) of an absent key hangs; size is wrong after a get that found its key. Shrinking the
    // disagreement (put(0, v), get(0), size()) tries dropping the put: that candidate hangs, must
    // be rejected, and what the interrupted call then returns must not count
    Machine<MapModel, ArrayMap, MapMachine.Op> machine = new ForwardingMachine<>(new MapMachine()) {
      final Set<ArrayMap> found = Collections.newSetFromMap(new IdentityHashMap<>());

      @Override
      public Object applyToImpl(MapMachine.Op op, ArrayMap impl, Refs refs) throws Exception {
        if (op instanceof MapMachine.Get get && get.key() == 0 && impl.get(0) == null) {
          Thread.sleep(Long.MAX_VALUE);
        }
        Object result = super.applyToImpl(op, impl, refs);
        if (op instanceof MapMachine.Get && result != null) {
          found.add(impl);
        }
        return op instanceof MapMachine.Size && found.contains(impl) ? impl.size() + 1 : result;
      }
    };
    int disagreements = 0;
    for (long seed = 20; seed < 28; seed++) {
      Failure<?> failure = ModelCheck.of(machine).withSettings(settings(seed)).check().failure();
      assertNotNull(failure);
      assertFalse(failure.report().contains("InterruptedException"), failure.report());
      if (failure.kind() == Failure.Kind.DISAGREE) {
        disagreements++;
        assertEquals(3, failure.length(), failure.report());
        assertEquals(new MapMachine.Get(0), failure.operations().get(1), failure.report());
      } else {
        assertEquals(Failure.Kind.TIMEOUT, failure.kind(), failure.report());
        assertEquals(List.of(new MapMachine.Get(0)), failure.operations(), failure.report());
      }
    }
    assertTrue(disagreements > 0, "no seed found the disagreement first");
  }

  /**
   * The watchdog takes no quick call for a hang: all 200 tries of a correct implementation run and
   * pass under a timeout of {@link #TIMEOUT}. (What the watchdog costs is measured by the bench
   * module, not here.)
   */
  @Test
  void aShortTimeoutTakesNoCallOfACorrectImplementationForAHang() {
    Result<?> result = ModelCheck.of(new MapMachine()).withSettings(settings(8)).check();
    assertTrue(result.passed(), () -> result.failure().report());
    assertEquals(200, result.tries());
    assertEquals(TIMEOUT, settings(8).timeout());
  }

  @Test
  void theTimeoutComesFromModelOfOrTheSystemProperty() {
    assertEquals(Settings.DEFAULT_TIMEOUT, Settings.defaults().withTries(1).withSteps(1).timeout());
    assertEquals(Duration.ofMillis(1500), Settings.defaults().withTries(1).withSteps(1).withTimeout(SettingsText.parseTimeout("@ModelOf(timeout)", "1500ms")).timeout());
    assertEquals(Duration.ofMinutes(2), Settings.defaults().withTries(1).withSteps(1).withTimeout(SettingsText.parseTimeout("@ModelOf(timeout)", "2m")).with(k -> null).timeout());
    assertEquals(Duration.ofSeconds(3),
        Settings.defaults().withTries(1).withSteps(1).withTimeout(SettingsText.parseTimeout("@ModelOf(timeout)", "2m")).with(k -> k.equals("modelof.timeout") ? "3s" : null).timeout());
    assertNull(Settings.defaults().withTries(1).withSteps(1).withTimeout(SettingsText.parseTimeout("@ModelOf(timeout)", "off")).timeout());
    SettingsException error = org.junit.jupiter.api.Assertions.assertThrows(SettingsException.class,
        () -> Settings.defaults().withTries(1).withSteps(1).with(k -> k.equals("modelof.timeout") ? "soon" : null));
    assertEquals("modelof.timeout must be a number with a unit (500ms, 30s, 10m, 2h) or an ISO-8601 duration"
        + " (PT10M), not 'soon'", error.getMessage());
    // a number of hours too large for a Duration is a message too, not an ArithmeticException
    SettingsException tooLong = org.junit.jupiter.api.Assertions.assertThrows(SettingsException.class,
        () -> Settings.defaults().withTries(1).withSteps(1).with(k -> k.equals("modelof.duration") ? "9999999999999999h" : null));
    assertEquals("modelof.duration must be a number with a unit (500ms, 30s, 10m, 2h) or an ISO-8601 duration"
        + " (PT10M), not '9999999999999999h'", tooLong.getMessage());
    assertEquals(List.of("10s", "200ms", "2m", "1500ms"), List.of(SettingsText.formatDuration(Duration.ofSeconds(10)),
        SettingsText.formatDuration(TIMEOUT), SettingsText.formatDuration(Duration.ofMinutes(2)),
        SettingsText.formatDuration(Duration.ofMillis(1500))));
  }
}

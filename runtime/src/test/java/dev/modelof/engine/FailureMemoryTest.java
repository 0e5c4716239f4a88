package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.Gen;
import dev.modelof.Gens;
import dev.modelof.Result;
import dev.modelof.Settings;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.SettingsText;
import dev.modelof.sample.ArrayMap;
import dev.modelof.sample.MapBugs;
import dev.modelof.sample.MapMachine;
import dev.modelof.sample.MapModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureMemoryTest {
  private static final Class<?> BUGGY = MapBugs.SizeAfterRemove.class;
  /** Classes whose names stand for eight implementations of one spec in the memory file. */
  private static final List<Class<?>> IMPLS = List.of(
      Byte.class, Short.class, Integer.class, Long.class, Float.class, Double.class, Character.class, String.class);

  @TempDir
  Path memory;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  private Path file() {
    return memory.resolve("dev.modelof.sample.MapSpec.txt");
  }

  private static Machine<MapModel, ArrayMap, MapMachine.Op> impl(Class<?> type, Supplier<ArrayMap> impl) {
    return Engine.withImpl(new MapMachine(), type, setup -> impl.get());
  }

  /** Runs {@code machine} with {@code seed}, or with a new one as a generated test does when null. */
  private Result<?> run(Machine<MapModel, ArrayMap, MapMachine.Op> machine, Long seed) {
    Settings settings = machine.declared().withMemory(memory);
    return new Runner<>(machine, seed == null ? settings : settings.withSeed(seed),
        RunOptions.DEFAULT.withOut(new PrintStream(printed, true, StandardCharsets.UTF_8))).check();
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aFailureIsRememberedAndReplayedFirstByTheNextRun() throws IOException {
    Failure<?> first = run(impl(BUGGY, MapBugs.SizeAfterRemove::new), 1L).failure();
    assertNotNull(first);
    List<String> lines = Files.readAllLines(file());
    assertEquals(3, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(0).startsWith("# modelof: failures of MapSpec, replayed first"), lines.get(0));
    assertTrue(lines.get(2).matches(BUGGY.getCanonicalName() + " seed=0x1 try=" + first.tryNumber()
        + " size=\\d+ length=\\d+ signature=[0-9a-f]{16}"), lines.get(2));

    // the next run: the remembered try comes first, and no random try runs before it
    Result<?> second = run(impl(BUGGY, MapBugs.SizeAfterRemove::new), null);
    assertEquals(1, second.seed());
    assertEquals(1, second.tries());
    assertEquals(first.tryNumber(), second.failure().tryNumber());
    assertEquals(first.report(), second.failure().report());
    assertTrue(printed().matches("MapSpec: the failure remembered in .*dev\\.modelof\\.sample\\.MapSpec\\.txt \\(seed 0x1,"
        + " try " + first.tryNumber() + "\\) fails again; no new tries run until it passes\n"), printed());
  }

  /** -Dmodelof.seed=N runs seed N: a failure remembered from another seed neither runs nor goes. */
  @Test
  void anExplicitSeedRunsThatSeedAndNotTheRememberedFailure() throws IOException {
    run(impl(BUGGY, MapBugs.SizeAfterRemove::new), 1L);
    List<String> remembered = Files.readAllLines(file());
    Result<?> explicit = run(impl(BUGGY, ArrayMap::new), 99L);
    assertEquals(99, explicit.seed());
    assertTrue(explicit.passed());
    assertEquals(200, explicit.tries());
    assertEquals(remembered, Files.readAllLines(file()));
    assertEquals("", printed());
  }

  @Test
  void anEntryIsForgottenOnceItsTryPasses() {
    run(impl(BUGGY, MapBugs.SizeAfterRemove::new), 2L);
    assertTrue(Files.exists(file()));
    Result<?> fixed = run(impl(BUGGY, ArrayMap::new), null);
    assertTrue(fixed.passed());
    assertEquals(200, fixed.tries());
    assertFalse(Files.exists(file()));
    assertTrue(printed().matches("MapSpec: the failure remembered in .*dev\\.modelof\\.sample\\.MapSpec\\.txt \\(seed 0x2,"
        + " try \\d+\\) passes now; forgetting it\n"), printed());
  }

  @Test
  void anEntryOfAChangedSpecIsReportedAndDropped() throws IOException {
    run(impl(BUGGY, MapBugs.SizeAfterRemove::new), 3L);
    String before = Files.readAllLines(file()).get(2);
    Machine<MapModel, ArrayMap, MapMachine.Op> changed = new ForwardingMachine<>(impl(BUGGY, MapBugs.SizeAfterRemove::new)) {
      @Override
      public List<OperationInfo> operations() {
        List<OperationInfo> operations = super.operations();
        OperationInfo size = operations.get(3);
        return List.of(operations.get(0), operations.get(1), operations.get(2),
            size.weight(2));
      }
    };
    Result<?> result = run(changed, null);
    assertEquals(1, printed().lines().count(), printed());
    assertTrue(printed().startsWith("MapSpec: forgetting the failure remembered in "), printed());
    assertTrue(printed().endsWith(": the spec's operations changed since it was found, so its seed would draw other"
        + " sequences\n"), printed());
    // the search ran from the run's own seed, found the bug again, and remembered it under the new signature
    String after = Files.readAllLines(file()).get(2);
    assertTrue(after.startsWith(BUGGY.getCanonicalName() + " seed=" + SettingsText.formatSeed(result.seed()) + " "), after);
    assertNotEquals(before.replaceAll(".*signature=", ""), after.replaceAll(".*signature=", ""));
  }

  @Test
  void eachImplementationHasItsOwnEntry() throws IOException {
    run(impl(BUGGY, MapBugs.SizeAfterRemove::new), 5L);
    run(impl(MapBugs.Closing.class, MapBugs.SizeAfterRemove::new), 6L);
    List<String> lines = Files.readAllLines(file());
    assertEquals(4, lines.size(), String.join("\n", lines));
    run(impl(MapBugs.Closing.class, ArrayMap::new), null);
    lines = Files.readAllLines(file());
    assertEquals(3, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(2).startsWith(BUGGY.getCanonicalName() + " "), lines.get(2));
  }

  /**
   * A memory that cannot be written (here: its directory would sit under a regular file, which no
   * user, not even root, can write into) costs one warning line per file, never the report.
   */
  @Test
  void aMemoryThatCannotBeWrittenIsAWarningAndTheReportStands() throws IOException {
    Path blocker = Files.writeString(memory.resolve("a-file"), "");
    Path unwritable = blocker.resolve("modelof");
    Machine<MapModel, ArrayMap, MapMachine.Op> buggy = impl(BUGGY, MapBugs.SizeAfterRemove::new);
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    Result<?> expected = new Runner<>(buggy, buggy.declared().withSeed(8), RunOptions.DEFAULT.withOut(out)).check();
    Result<?> result = new Runner<>(buggy, buggy.declared().withSeed(8).withMemory(unwritable),
        RunOptions.DEFAULT.withOut(out)).check();
    assertNotNull(result.failure());
    assertEquals(expected.failure().report(), result.failure().report());
    // one line for the regression test's file, one for the memory
    List<String> warnings = printed().lines().toList();
    assertEquals(2, warnings.size(), printed());
    assertTrue(warnings.get(0).startsWith("MapSpec: warning: cannot write the regression test to " + unwritable), printed());
    assertTrue(warnings.get(0).endsWith("; it is in the report only"), printed());
    assertTrue(warnings.get(1).startsWith("MapSpec: warning: the failure memory cannot write " + unwritable), printed());
    assertTrue(warnings.get(1).endsWith("; the run goes on without it"), printed());

    printed.reset();
    FailureMemory.of(buggy, unwritable, out).forget();
    assertEquals(1, printed().lines().count(), printed());
    assertTrue(printed().startsWith("MapSpec: warning: the failure memory cannot write "), printed());
  }

  @Test
  void aPassingRunRemembersNothing() {
    assertTrue(run(new MapMachine(), 7L).passed());
    assertFalse(Files.exists(file()));
  }

  @Test
  void memoryIsOnForGeneratedTestsUnlessSwitchedOff() {
    Settings declared = Settings.defaults().withTries(10).withSteps(10);
    assertNull(declared.memory());
    assertEquals(Path.of("target", "modelof"), declared.with(k -> null).memory());
    assertNull(declared.with(k -> k.equals("modelof.memory") ? "off" : null).memory());
    assertEquals(Path.of("/tmp/elsewhere"),
        declared.with(k -> k.equals("modelof.memory") ? "/tmp/elsewhere" : null).memory());
  }

  @Test
  void theSignatureCoversGeneratorsAndIgnoresWhatChangesFromRunToRun() {
    assertEquals(FailureMemory.signature(new MapMachine()), FailureMemory.signature(new MapMachine()));
    assertEquals("Ints[min=0, max=3]", FailureMemory.describe(Gens.ints(0, 3)));
    assertEquals("Lists[element=Ints[min=0, max=3], min=0, max=4]",
        FailureMemory.describe(Gens.lists(Gens.ints(0, 3), 0, 4)));
    Gen<Integer> lambda = source -> 1;
    assertEquals("a lambda", FailureMemory.describe(lambda));
  }

  /**
   * Specs may be checked in parallel (JUnit's parallel execution, or two builds at once): entries
   * for several implementations of one spec, remembered at the same time, are all kept.
   */
  @Test
  void failuresRememberedAtTheSameTimeAreAllKept() throws Exception {
    int writers = 8;
    int rounds = 25;
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
    List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
    for (int w = 0; w < writers; w++) {
      FailureMemory mine = FailureMemory.of(impl(IMPLS.get(w), ArrayMap::new), memory, new PrintStream(printed, true));
      done.add(pool.submit(() -> {
        start.await();
        for (int round = 1; round <= rounds; round++) {
          mine.remember(new FailureMemory.Entry(round, round, 1, 1));
          assertEquals(round, mine.recall().tryNumber());
        }
        return null;
      }));
    }
    start.countDown();
    for (java.util.concurrent.Future<?> writer : done) {
      writer.get();
    }
    pool.shutdown();
    List<String> lines = Files.readAllLines(file());
    assertEquals(2 + writers, lines.size(), String.join("\n", lines));
    for (int w = 0; w < writers; w++) {
      String prefix = IMPLS.get(w).getCanonicalName() + " seed=0x" + Integer.toHexString(rounds).toUpperCase(java.util.Locale.ROOT) + " try=" + rounds + " ";
      assertTrue(lines.stream().anyMatch(line -> line.startsWith(prefix)), prefix + " in " + lines);
    }
    assertEquals("", printed(), "nothing was taken for a stale entry");
  }

  /** Two JVMs writing one memory file at the same time keep both entries. */
  @Test
  void failuresRememberedByTwoJvmsAtTheSameTimeAreBothKept() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> jvms = new java.util.ArrayList<>();
    for (String name : List.of("java.lang.Integer", "java.lang.Long")) {
      jvms.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          FailureMemoryWriter.class.getName(), memory.toString(), name, "200").inheritIO().start());
    }
    for (Process jvm : jvms) {
      assertEquals(0, jvm.waitFor(), "a writer found its own entry gone");
    }
    List<String> lines = Files.readAllLines(file());
    assertEquals(4, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(2).startsWith("java.lang.Integer seed=0xC8 try=200 ") || lines.get(3).startsWith("java.lang.Integer seed=0xC8 try=200 "),
        String.join("\n", lines));
    assertTrue(lines.get(2).startsWith("java.lang.Long seed=0xC8 try=200 ") || lines.get(3).startsWith("java.lang.Long seed=0xC8 try=200 "),
        String.join("\n", lines));
  }
}

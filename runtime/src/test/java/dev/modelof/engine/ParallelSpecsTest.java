package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Specs checked at the same time, by JUnit's parallel execution (this module's tests run with
 * {@code junit.jupiter.execution.parallel.enabled=true}; these methods concurrently) and by two
 * JVMs as two Surefire forks are, sharing one failure memory, each run on two workers: every
 * failure is found, reported and remembered as when it runs alone, every worker runs only its own
 * spec's tries, and progress lines stay whole lines of one spec each.
 */
@Execution(ExecutionMode.CONCURRENT)
class ParallelSpecsTest {
  private static final Pattern PROGRESS = Pattern.compile("(\\w+): (\\d+) tries, (\\d+) steps, \\d+ steps/s");

  @TempDir
  static Path shared;

  private static final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private static final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
  /** Holds each check until another has started too, so that they do run together. */
  private static final CountDownLatch together = new CountDownLatch(2);
  private static final AtomicInteger running = new AtomicInteger();
  private static final AtomicInteger mostAtOnce = new AtomicInteger();

  @BeforeAll
  static void noneYet() {
    printed.reset();
  }

  private static void check(String name) throws InterruptedException {
    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
    together.countDown();
    together.await(30, TimeUnit.SECONDS);
    try {
      assertNull(ConcurrentChecks.run(name, shared.resolve("memory"), out));
    } finally {
      running.decrementAndGet();
    }
  }

  @Test
  void sizeAfterRemove() throws InterruptedException {
    check("sizeAfterRemove");
  }

  @Test
  void closeFailsWhenFull() throws InterruptedException {
    check("closeFailsWhenFull");
  }

  @Test
  void getAbsentSleeps() throws InterruptedException {
    check("getAbsentSleeps");
  }

  @Test
  void stackBurnIn() throws InterruptedException {
    check("stackBurnIn");
  }

  @Test
  void pointSetBurnIn() throws InterruptedException {
    check("pointSetBurnIn");
  }

  @AfterAll
  static void theyDidNotInterfere() throws IOException {
    assertTrue(mostAtOnce.get() >= 2, "the checks ran one at a time");
    assertRemembered(shared.resolve("memory"));
    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    assertWholeProgressLines(lines, List.of("StackSpec", "PointSetSpec"));
  }

  /** The memory holds one entry for each failing implementation, and its regression test is a whole class. */
  private static void assertRemembered(Path memory) throws IOException {
    List<String> lines = Files.readAllLines(memory.resolve("dev.modelof.sample.MapSpec.txt"));
    assertEquals(2 + ConcurrentChecks.FAILING.size(), lines.size(), String.join("\n", lines));
    for (Class<?> impl : ConcurrentChecks.FAILING) {
      assertEquals(1, lines.stream().filter(line -> line.startsWith(impl.getCanonicalName() + " seed=0x1 ")).count(),
          impl + " in " + lines);
    }
    String test = Files.readString(memory.resolve("regression/dev/modelof/sample/MapSpecRegressionTest.java"));
    assertTrue(test.startsWith("package dev.modelof.sample;") && test.strip().endsWith("}"), test);
  }

  /**
   * Every line is a progress line of one spec (nothing else runs long enough to print one), and the
   * burn-ins each printed some, with their tries growing (the three runs of MapSpec, which may print
   * one while they shrink or wait out a hang, share their spec's name).
   */
  private static void assertWholeProgressLines(List<String> lines, List<String> burnIns) {
    Map<String, Long> lastTries = new HashMap<>();
    for (String line : lines) {
      Matcher m = PROGRESS.matcher(line);
      assertTrue(m.matches(), "not a whole progress line: '" + line + "' in\n" + String.join("\n", lines));
      long tries = Long.parseLong(m.group(2));
      if (burnIns.contains(m.group(1))) {
        assertTrue(tries > lastTries.getOrDefault(m.group(1), 0L), String.join("\n", lines));
      }
      lastTries.put(m.group(1), tries);
    }
    for (String spec : burnIns) {
      assertTrue(lastTries.containsKey(spec), spec + " printed no progress line:\n" + String.join("\n", lines));
    }
  }

  /** Two JVMs at once, as two Surefire forks of one build, sharing the build's failure memory. */
  @Test
  @Execution(ExecutionMode.SAME_THREAD)
  void twoJvmsCheckingAtOnce(@TempDir Path directory) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path memory = directory.resolve("memory");
    List<Process> jvms = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      jvms.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          ConcurrentChecks.class.getName(), memory.toString())
          .redirectOutput(directory.resolve("out" + i).toFile())
          .redirectError(directory.resolve("err" + i).toFile())
          .start());
    }
    for (int i = 0; i < 2; i++) {
      assertEquals(0, jvms.get(i).waitFor(), Files.readString(directory.resolve("err" + i)));
    }
    assertRemembered(memory);
    for (int i = 0; i < 2; i++) {
      assertWholeProgressLines(Files.readAllLines(directory.resolve("out" + i)), List.of("StackSpec", "PointSetSpec"));
    }
  }
}

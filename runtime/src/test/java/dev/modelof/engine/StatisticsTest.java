package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.Settings;
import dev.modelof.SettingsException;
import dev.modelof.Statistics;
import dev.modelof.internal.Machine;
import dev.modelof.sample.BoundedStack;
import dev.modelof.sample.StackMachine;
import dev.modelof.sample.StackModel;
import dev.modelof.sample.StackSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class StatisticsTest {
  @BeforeEach
  void noMemory() {
    System.setProperty("modelof.memory", "off");
  }

  @AfterEach
  void clear() {
    System.clearProperty("modelof.memory");
    System.clearProperty("modelof.seed");
  }

  @Test
  void aRunCountsWhatRanWhatWasRefusedAndHowLongSequencesWere() {
    Result<?> result = ModelCheck.of(new StackMachine(true)).withSettings(new StackMachine(true).declared().withSeed(11)).check();
    Statistics statistics = result.statistics();
    assertEquals(200, statistics.tries());
    assertEquals(result.steps(), statistics.steps());
    assertEquals(statistics.steps(), statistics.operations().stream().mapToLong(Statistics.OperationCount::ran).sum());
    assertEquals(List.of("push", "pop", "size"),
        statistics.operations().stream().map(Statistics.OperationCount::name).toList());
    Statistics.OperationCount pop = statistics.operations().get(1);
    assertTrue(pop.refused() > 0, "pop is refused on an empty stack");
    assertEquals(0, statistics.operations().get(0).refused());
    // the first tries are short (2 steps here); the second half are deep tries, ten times as long
    assertEquals(2, statistics.shortest());
    assertEquals(500, statistics.longest());
    // size() tells how large the stack grew: never past its capacity
    Statistics.StateSize size = statistics.sizes().get(0);
    assertEquals("size", size.name());
    assertEquals(1, statistics.sizes().size(), "push and pop take or give values, not sizes");
    assertTrue(0 < size.median() && size.median() <= size.ninetieth() && size.ninetieth() <= size.largest(), size.toString());
    assertTrue(statistics.shortest() <= statistics.median() && statistics.median() <= statistics.longest());
    assertEquals(List.of(), statistics.problems());
  }

  @Test
  void theTableIsCompact() {
    Statistics statistics = new Statistics(StackSpec.class, 200, 6000, List.of(
        new Statistics.OperationCount("push", 3000, 0, 0, null),
        new Statistics.OperationCount("pop", 1500, 500, 0, null),
        new Statistics.OperationCount("size", 1500, 0, 0, null)), 1, 30, 50,
        List.of(new Statistics.StateSize("size", 180, 3, 7, 9)));
    assertEquals("""
        StackSpec: 200 tries, 6000 steps; sequence length min 1, median 30, max 50; size() reached median 3, 90% 7, max 9
        """, statistics.summary());
    assertEquals("""
        StackSpec: 200 tries, 6000 steps; sequence length min 1, median 30, max 50; size() reached median 3, 90% 7, max 9
          operation   ran  could not run
          push       3000
          pop        1500  500 of 2000 draws (25%): precondition false
          size       1500
        """, statistics.table());
  }

  @Test
  void runPrintsOneLineAndTheTableOnRequest() {
    System.setProperty("modelof.seed", "11");
    String line = printedByRun();
    assertTrue(line.matches("StackSpec: 200 tries, \\d+ steps; sequence length min \\d+, median \\d+, max \\d+;"
        + " size\\(\\) reached median \\d+, 90% \\d+, max \\d+\n"), line.replace("\n", "\\n"));
    System.setProperty("modelof.statistics", "table");
    try {
      String table = printedByRun();
      assertTrue(table.startsWith(line), table);
      assertTrue(table.matches("(?s).*\n  operation +ran  could not run\n.*"), table);
      assertTrue(table.contains("\n  pop "), table);
    } finally {
      System.clearProperty("modelof.statistics");
    }
  }

  @Test
  void aStatisticsPropertyOtherThanLineOrTableIsAMessage() {
    System.setProperty("modelof.statistics", "full");
    try {
      SettingsException error = assertThrows(SettingsException.class, () -> ModelCheck.run(new StackMachine(true)));
      assertEquals("modelof.statistics must be line or table, not 'full': line (the default) prints one line per run,"
          + " table one row per operation too", error.getMessage());
    } finally {
      System.clearProperty("modelof.statistics");
    }
  }

  private static String printedByRun() {
    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      ModelCheck.run(new StackMachine(true));
    } finally {
      System.setOut(stdout);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aRunThatPassesWithoutEverRunningAnOperationFails() {
    Machine<StackModel, BoundedStack, StackMachine.Op> machine = new ForwardingMachine<>(new StackMachine(false)) {
      @Override
      public boolean enabled(int index, StackModel model) {
        return index != 1 && super.enabled(index, model);
      }
    };
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () -> ModelCheck.run(machine));
    Matcher matcher = Pattern.compile("StackSpec: every try passed, but the run tested less than it seems:\n"
        + "  pop never ran: its precondition was false all (\\d+) times it was drawn\\. Loosen its @Requires, or let"
        + " other operations make it hold\\.\n").matcher(error.getMessage());
    assertTrue(matcher.matches(), error.getMessage());
    assertTrue(Integer.parseInt(matcher.group(1)) > 1000);
  }

  @Test
  void aShortRunSaysNothingOfOperationsItHadNoChanceToRun() {
    Statistics statistics = new Statistics(StackSpec.class, 1, 3, List.of(
        new Statistics.OperationCount("a", 3, 0, 0, null),
        new Statistics.OperationCount("b", 0, 2, 0, null),
        new Statistics.OperationCount("c", 0, 0, 0, null)), 3, 3, 3, List.of());
    assertEquals(List.of(), statistics.problems());
  }

  @Test
  void anOperationNeverDrawnInALongRunNeedsMoreWeight() {
    Statistics statistics = new Statistics(StackSpec.class, 100, 5000, List.of(
        new Statistics.OperationCount("a", 5000, 0, 0, null),
        new Statistics.OperationCount("rare", 0, 0, 0, null)), 50, 50, 50, List.of());
    assertEquals(List.of("rare never ran in 5000 steps: raise its @Weight."), statistics.problems());
  }

  @Test
  void aBurnInPrintsProgressLines() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Runner<StackModel, BoundedStack, StackMachine.Op> runner = new Runner<>(new StackMachine(false),
        Settings.defaults().withSteps(50).withSeed(5L).withDuration(Duration.ofMillis(300)), RunOptions.DEFAULT.withProgressEvery(Duration.ofMillis(50))
        .withOut(new PrintStream(captured, true, StandardCharsets.UTF_8)));
    Result<?> result = runner.check();
    assertTrue(result.passed());
    assertTrue(result.tries() > 200, "a burn-in runs until its deadline, not its tries: " + result.tries());
    List<Long> tries = new ArrayList<>();
    List<Long> steps = new ArrayList<>();
    Pattern line = Pattern.compile("StackSpec: (\\d+) tries, (\\d+) steps, (\\d+) steps/s");
    for (String printed : captured.toString(StandardCharsets.UTF_8).lines().toList()) {
      Matcher matcher = line.matcher(printed);
      assertTrue(matcher.matches(), printed);
      tries.add(Long.parseLong(matcher.group(1)));
      steps.add(Long.parseLong(matcher.group(2)));
      assertTrue(Long.parseLong(matcher.group(3)) > 0, printed);
    }
    assertTrue(tries.size() >= 3 && tries.size() <= 7, "progress lines: " + tries);
    for (int i = 1; i < tries.size(); i++) {
      assertTrue(tries.get(i) >= tries.get(i - 1) && steps.get(i) >= steps.get(i - 1), tries + " " + steps);
    }
    assertTrue(tries.get(tries.size() - 1) <= result.tries());
  }
}

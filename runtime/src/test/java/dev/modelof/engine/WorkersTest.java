package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.Settings;
import dev.modelof.internal.Machine;
import dev.modelof.internal.Refs;
import dev.modelof.sample.ArrayMap;
import dev.modelof.sample.MapMachine;
import dev.modelof.sample.MapModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Tries on several threads, and shards of a run: the same seed gives the same verdict, the same
 * first failing try, the same shrunk report and the same statistics whatever the number of
 * workers; the shards of a run run its tries, each once; a failure replays from what its report
 * prints.
 */
class WorkersTest {
  private static final Pattern REPLAY = Pattern.compile("Replay: (.*)\n");

  /**
   * An {@link ArrayMap} whose {@code size()} is one too many once it holds five entries: a bug that
   * takes some tries to show, so that several workers have later tries running when it does. It
   * notes the threads that built it. With {@code jitter}, building one takes 0 to 2 ms, at random, so
   * that tries end in an order of their own rather than in the order they began.
   */
  private static final class FiveTooMany extends ForwardingMachine<MapModel, ArrayMap, MapMachine.Op> {
    final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final boolean buggy;
    private final boolean jitter;

    FiveTooMany(boolean buggy) {
      this(buggy, false);
    }

    FiveTooMany(boolean buggy, boolean jitter) {
      super(new MapMachine());
      this.buggy = buggy;
      this.jitter = jitter;
    }

    @Override
    public ArrayMap newImpl(dev.modelof.Setup setup) throws Exception {
      threads.add(Thread.currentThread());
      if (jitter) {
        Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(3));
      }
      return super.newImpl(setup);
    }

    @Override
    public Object applyToImpl(MapMachine.Op op, ArrayMap impl, Refs refs) throws Exception {
      Object result = super.applyToImpl(op, impl, refs);
      return buggy && op instanceof MapMachine.Size && impl.size() >= 5 ? impl.size() + 1 : result;
    }
  }

  /** Everything a run shows: its verdict, counts and statistics, and the report of its failure. */
  private static String shown(Result<?> result) {
    return "passed=" + result.passed() + " tries=" + result.tries() + " steps=" + result.steps() + "\n"
        + result.statistics().table() + (result.passed() ? "" : "try " + result.failure().tryNumber() + "\n"
        + result.failure().report());
  }

  private static Settings settings(long seed, int workers) {
    return new MapMachine().declared().withSeed(seed).withWorkers(workers);
  }

  @Test
  void theSameSeedGivesTheSameReportWithOneTwoOrFourWorkers() {
    Set<Thread> threadsOfFour = new HashSet<>();
    int laterThanFirstTries = 0;
    for (long seed = 1; seed <= 6; seed++) {
      String one = shown(ModelCheck.of(new FiveTooMany(true)).withSettings(settings(seed, 1)).check());
      FiveTooMany machine = new FiveTooMany(true, true);
      Result<?> four = ModelCheck.of(machine).withSettings(settings(seed, 4)).check();
      threadsOfFour.addAll(machine.threads);
      assertTrue(!four.passed(), "seed " + seed + " found no bug");
      if (four.failure().tryNumber() > 4) {
        laterThanFirstTries++;
      }
      assertEquals(one, shown(ModelCheck.of(new FiveTooMany(true, true)).withSettings(settings(seed, 2)).check()), "seed " + seed);
      assertEquals(one, shown(four), "seed " + seed);
    }
    // the bug shows after the first tries, while other workers run later ones
    assertTrue(laterThanFirstTries >= 3, "found within the first 4 tries for most seeds");
    assertTrue(threadsOfFour.size() >= 2, "the tries ran on one thread: " + threadsOfFour);
  }

  @Test
  void aRunThatPassesCountsTheSameWithAnyNumberOfWorkers() {
    FiveTooMany machine = new FiveTooMany(false);
    String one = shown(ModelCheck.of(machine).withSettings(settings(7, 1).withTries(3000)).check());
    assertEquals(1, machine.threads.size());
    FiveTooMany onThree = new FiveTooMany(false);
    assertEquals(one, shown(ModelCheck.of(onThree).withSettings(settings(7, 3).withTries(3000)).check()));
    assertTrue(onThree.threads.size() >= 2, "the tries ran on one thread");
  }

  /** A map whose get of an absent key from a map of four entries or more never returns (until interrupted). */
  private static final class GetHangs extends ForwardingMachine<MapModel, ArrayMap, MapMachine.Op> {
    GetHangs() {
      super(new MapMachine());
    }

    @Override
    public Object applyToImpl(MapMachine.Op op, ArrayMap impl, Refs refs) throws Exception {
      if (op instanceof MapMachine.Get get && impl.size() >= 4 && impl.get(get.key()) == null) {
        Thread.sleep(Long.MAX_VALUE);
      }
      return super.applyToImpl(op, impl, refs);
    }
  }

  @Test
  void aHangIsTheSameFailureWithSeveralWorkers() {
    Settings one = settings(5, 1).withTimeout(Duration.ofMillis(100));
    Failure<?> alone = ModelCheck.of(new GetHangs()).withSettings(one).check().failure();
    assertNotNull(alone, "no hang found");
    assertEquals(Failure.Kind.TIMEOUT, alone.kind(), alone.report());
    Failure<?> three = ModelCheck.of(new GetHangs()).withSettings(one.withWorkers(3)).check().failure();
    assertNotNull(three, "no hang found with 3 workers");
    assertEquals(alone.tryNumber(), three.tryNumber());
    assertEquals(alone.report(), three.report());
  }

  @Test
  void aBurnInKeepsEveryWorkerBusyAndPrintsOneProgressLineForAll() {
    FiveTooMany machine = new FiveTooMany(false);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    RunOptions options = RunOptions.DEFAULT.withProgressEvery(Duration.ofMillis(200))
        .withOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    Settings burnIn = settings(8, 3).withDuration(Duration.ofMillis(700));
    Result<?> result = new Runner<>(machine, burnIn, options).check();
    assertTrue(result.passed());
    assertEquals(3, machine.threads.size(), "threads that ran tries: " + machine.threads);
    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    // one line every 200 ms for the three workers together, not one per worker
    assertTrue(lines.size() >= 2 && lines.size() <= 4, lines.toString());
    long lastTries = 0;
    for (String line : lines) {
      Matcher m = Pattern.compile("MapSpec: (\\d+) tries, (\\d+) steps, \\d+ steps/s").matcher(line);
      assertTrue(m.matches(), line);
      assertTrue(Long.parseLong(m.group(1)) > lastTries, lines.toString());
      lastTries = Long.parseLong(m.group(1));
    }
    assertTrue(result.tries() >= lastTries, result.tries() + " tries, last line " + lastTries);
  }

  @Test
  void theShardsOfARunRunItsTriesEachOnce() {
    Settings whole = settings(9, 2).withTries(150);
    Result<?> all = ModelCheck.of(new FiveTooMany(false)).withSettings(whole).check();
    int tries = 0;
    long steps = 0;
    long[] ran = new long[4];
    for (int k = 1; k <= 4; k++) {
      Result<?> part = ModelCheck.of(new FiveTooMany(false)).withSettings(whole.withShard(new Settings.Shard(k, 4))).check();
      assertTrue(part.passed());
      assertEquals(k <= 2 ? 38 : 37, part.tries(), "shard " + k);
      tries += part.tries();
      steps += part.steps();
      for (int i = 0; i < 4; i++) {
        ran[i] += part.statistics().operations().get(i).ran();
      }
    }
    assertEquals(all.tries(), tries);
    assertEquals(all.steps(), steps);
    for (int i = 0; i < 4; i++) {
      assertEquals(all.statistics().operations().get(i).ran(), ran[i]);
    }
  }

  @Test
  void aBurnInShardTakesWholeBlocksOfSizes() {
    List<Set<Integer>> numbers = new ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      Runner.Schedule schedule = new Runner.Schedule(1, 200, 50, true, k, 3, null);
      Set<Integer> sizes = new HashSet<>();
      Set<Integer> mine = new HashSet<>();
      for (int index = 0; index < 200; index++) {
        Runner.Try at = schedule.at(index);
        sizes.add(at.size());
        mine.add(at.number());
        assertEquals(index, schedule.indexOf(at.number()));
        assertEquals(schedule.numbered(at.number()), at);
      }
      assertEquals(100, sizes.size(), "shard " + k + " lacks sizes");
      numbers.add(mine);
    }
    Set<Integer> union = new HashSet<>();
    numbers.forEach(union::addAll);
    assertEquals(600, union.size(), "the shards share tries");
    for (int number = 1; number <= 600; number++) {
      assertTrue(union.contains(number), "no shard runs try " + number);
    }
  }

  /** Runs with the system properties a report's replay line gives, on top of the spec's declared settings. */
  private static Result<?> replayed(Machine<?, ?, ?> machine, String report, int workers) {
    Matcher m = REPLAY.matcher(report);
    assertTrue(m.find(), report);
    Map<String, String> properties = new HashMap<>();
    for (String property : m.group(1).split(" ")) {
      assertTrue(property.startsWith("-D"), m.group(1));
      String[] pair = property.substring(2).split("=", 2);
      properties.put(pair[0], pair[1]);
    }
    properties.put("modelof.memory", "off");
    properties.put("modelof.workers", String.valueOf(workers));
    return ModelCheck.of(machine).withSettings(machine.declared().with(properties::get)).check();
  }

  @Test
  void aShardsFailureReplaysFromWhatItsReportPrints() {
    int found = 0;
    for (int k = 1; k <= 4; k++) {
      Settings shard = settings(11, 2).withShard(new Settings.Shard(k, 4));
      Failure<?> failure = ModelCheck.of(new FiveTooMany(true)).withSettings(shard).check().failure();
      if (failure == null) {
        continue;
      }
      found++;
      assertEquals(k, (failure.tryNumber() - 1) % 4 + 1, "shard " + k + " ran try " + failure.tryNumber());
      assertTrue(failure.report().contains("\nReplay: -Dmodelof.seed=0xB -Dmodelof.tries=200 -Dmodelof.try="
          + failure.tryNumber() + "\n"), failure.report());
      Failure<?> again = replayed(new FiveTooMany(true), failure.report(), 1).failure();
      assertNotNull(again, failure.report());
      assertEquals(failure.report(), again.report());
    }
    assertTrue(found >= 2, "only " + found + " shards found the bug");
  }

  @Test
  void aBurnInsFailureReplaysFromWhatItsReportPrints() {
    Settings burnIn = settings(12, 2).withDuration(Duration.ofSeconds(20)).withShard(new Settings.Shard(2, 3));
    Failure<?> failure = ModelCheck.of(new FiveTooMany(true)).withSettings(burnIn).check().failure();
    assertNotNull(failure, "no failure in 20 s");
    assertTrue(failure.report().contains("\nReplay: -Dmodelof.seed=0xC -Dmodelof.duration=20s -Dmodelof.try="
        + failure.tryNumber() + "\n"), failure.report());
    Result<?> again = replayed(new FiveTooMany(true), failure.report(), 3);
    assertEquals(1, again.tries());
    assertNotNull(again.failure());
    assertEquals(failure.report(), again.failure().report());
    // the one try passes on the correct map
    assertNull(replayed(new FiveTooMany(false), failure.report(), 1).failure());
  }
}

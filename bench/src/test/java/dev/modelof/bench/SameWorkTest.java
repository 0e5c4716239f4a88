package dev.modelof.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.Settings;
import dev.modelof.Statistics;
import dev.modelof.example.lru.LruCacheSpecOp;
import dev.modelof.internal.Machine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the benchmarks' comparisons rest on, and no more: a hand-written or plain loop runs as many
 * steps as the generated machine with the same settings (the same tries, each as long), a
 * same-calls loop replays as many calls as the run makes, the layers
 * that draw as the runner draws run each operation as often, and the 1-minimality check accepts
 * what the shrinker returns. The hand and plain loops do not draw the runner's operations and
 * values (docs/benchmarks.md says how they differ); nothing here says they do. No timing here.
 */
class SameWorkTest {
  @Test
  void theHandLoopsRunTheStepsOfTheGeneratedMachines() {
    Machine<?, ?, ?> lru = LruBench.machine();
    Settings lruSettings = lru.declared().withSeed(Throughput.SEED);
    Result<?> lruRun = ModelCheck.of(lru).withSettings(lruSettings).check();
    assertTrue(lruRun.passed());
    assertEquals(lruRun.steps(), LruHandLoop.run(Throughput.SEED, lruSettings.tries(), lruSettings.steps()));

    Machine<?, ?, ?> btree = BTreeBench.machine();
    Settings btreeSettings = btree.declared().withSeed(Throughput.SEED);
    Result<?> btreeRun = ModelCheck.of(btree).withSettings(btreeSettings).check();
    assertTrue(btreeRun.passed());
    assertEquals(btreeRun.steps(), BTreeHandLoop.run(Throughput.SEED, btreeSettings.tries(), btreeSettings.steps()));
  }

  @Test
  void thePlainLoopsRunTheStepsOfTheSmallSystemsMachines() {
    for (String system : List.of("counter", "lru", "sortedmap")) {
      Machine<?, ?, ?> machine = Systems.machine(system);
      Result<?> run = ModelCheck.of(machine).withSettings(machine.declared().withSeed(Throughput.SEED).withWorkers(1)).check();
      assertTrue(run.passed(), system);
      assertEquals(run.steps(), Systems.plainLoop(system, Throughput.SEED).getAsLong(), system);
    }
  }

  @Test
  void theSameCallsLoopsReplayTheCallsOfTheRun() {
    for (String system : List.of("lru", "sortedmap")) {
      Machine<?, ?, ?> machine = Systems.machine(system);
      Settings settings = machine.declared().withSeed(Throughput.SEED).withWorkers(1);
      Result<?> run = ModelCheck.of(machine).withSettings(settings).check();
      assertEquals(run.steps(), SameCalls.loop(system, settings).getAsLong(), system);
    }
  }

  @Test
  void everyLayerRunsTheOperationsOfTheRunner() throws Exception {
    Machine<?, ?, ?> lru = LruBench.machine();
    Settings settings = lru.declared().withSeed(Throughput.SEED);
    Result<?> run = ModelCheck.of(lru).withSettings(settings).check();
    long[] expected = run.statistics().operations().stream().mapToLong(Statistics.OperationCount::ran).toArray();
    int tries = settings.tries();
    int steps = settings.steps();
    assertEquals(run.steps(), LruLayers.handDraws(Throughput.SEED, tries, steps));
    long[] ran = new long[expected.length];
    assertEquals(run.steps(), LruLayers.runnerDraws(Throughput.SEED, tries, steps, ran));
    assertArrayEquals(expected, ran);
    ran = new long[expected.length];
    assertEquals(run.steps(), LruLayers.fused(Throughput.SEED, tries, steps, ran));
    assertArrayEquals(expected, ran);
    ran = new long[expected.length];
    assertEquals(run.steps(), MachineLoop.run(lru, Throughput.SEED, tries, steps, ran));
    assertArrayEquals(expected, ran);
  }

  @Test
  void aShrunkFailureIsOneMinimal() {
    for (Variant variant : LruBench.variants()) {
      Machine<?, ?, ?> machine = variant.machine();
      Result<?> result = ModelCheck.of(machine).withSettings(machine.declared().withSeed(1)).check();
      assertNull(OneMinimal.check(machine, result.failure()), variant.name());
    }
  }

  @Test
  void theOneMinimalCheckRejectsAStepThatCouldGo() {
    Variant variant = LruBench.variants().get(0);
    Machine<?, ?, ?> machine = variant.machine();
    Failure<?> failure = ModelCheck.of(machine).withSettings(machine.declared().withSeed(1)).check().failure();
    List<Object> longer = new ArrayList<>(failure.operations());
    longer.add(0, new LruCacheSpecOp.Size());
    Failure<Object> padded = new Failure<>(failure.spec(), failure.setup(), longer, failure.originalLength(),
        failure.seed(), failure.tryNumber(), failure.replays(), failure.report(), failure.regressionTest(),
        failure.imports(), failure.kind());
    assertEquals("still fails without step 1", OneMinimal.check(machine, padded));
  }
}

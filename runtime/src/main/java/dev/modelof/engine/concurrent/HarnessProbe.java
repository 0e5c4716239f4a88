package dev.modelof.engine.concurrent;

import dev.modelof.internal.Machine;
import dev.modelof.internal.ResultKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a scenario the way its printed regression test does (a fixed thread pool, each task spinning
 * on a shared counter until all have arrived, a fresh implementation per run) and counts the runs
 * whose outcome the model does not allow: the rate that sizes the regression test. The engine's
 * own runner releases kept threads more tightly, so its rate can be far above the test's.
 */
final class HarnessProbe<M, I, O> {
  private final ModelSide<M, I, O> side;
  private final Machine<M, I, O> machine;
  private final Scenario<O> scenario;
  private final Set<List<Object>> allowed;

  HarnessProbe(ModelSide<M, I, O> side, Scenario<O> scenario, Set<List<Object>> allowed) {
    this.side = side;
    this.machine = side.machine;
    this.scenario = scenario;
    this.allowed = allowed;
  }

  /** Runs made and runs outside the allowed set. */
  record Rate(int runs, int misses) {}

  /** Runs until {@code most} runs or {@code nanos} have passed, or a run hangs for {@code waitSeconds}. */
  Rate measure(int most, long nanos, long waitSeconds) {
    int threads = scenario.threads().size();
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "modelof-regression-probe");
      thread.setDaemon(true);
      return thread;
    });
    int runs = 0;
    int misses = 0;
    long until = System.nanoTime() + nanos;
    try {
      while (runs < most && System.nanoTime() - until < 0) {
        I impl = machine.newImpl(scenario.setup());
        ScenarioRefs refs = new ScenarioRefs();
        for (Call<O> call : scenario.prefix()) {
          call(call, impl, refs);
        }
        AtomicInteger ready = new AtomicInteger();
        List<Future<List<Object>>> futures = new ArrayList<>();
        for (List<Call<O>> branch : scenario.threads()) {
          futures.add(pool.submit(() -> {
            ready.incrementAndGet();
            while (ready.get() < threads) {
              Thread.onSpinWait();
            }
            List<Object> outcomes = new ArrayList<>();
            for (Call<O> call : branch) {
              outcomes.add(call(call, impl, refs));
            }
            return outcomes;
          }));
        }
        List<Object> outcome = new ArrayList<>();
        for (Future<List<Object>> future : futures) {
          outcome.addAll(future.get(waitSeconds, TimeUnit.SECONDS));
        }
        for (Call<O> call : scenario.post()) {
          outcome.add(call(call, impl, refs));
        }
        runs++;
        if (!allowed.contains(outcome)) {
          misses++;
        }
      }
    } catch (TimeoutException | ExecutionException e) {
      misses++;
      runs++;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new IllegalStateException(machine.implType().getSimpleName() + " failed to build: " + e, e);
    } finally {
      pool.shutdownNow();
    }
    return new Rate(runs, misses);
  }

  private Object call(Call<O> call, I impl, ScenarioRefs refs) {
    try {
      Object result = machine.applyToImpl(call.op(), impl, refs);
      if (side.kind(call.op()) == ResultKind.REF) {
        refs.put(call.id(), result);
      }
      return result;
    } catch (Exception e) {
      return e.getClass();
    }
  }
}

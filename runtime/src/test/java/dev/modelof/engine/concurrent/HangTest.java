package dev.modelof.engine.concurrent;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.LinearizabilityResult;
import dev.modelof.LinearizabilitySettings;
import dev.modelof.Race;
import dev.modelof.Setup;
import dev.modelof.internal.InvariantInfo;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.Refs;
import dev.modelof.internal.SetupInfo;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/**
 * A hang is a finding: two accounts locked in opposite orders by two transfers deadlock, and the
 * report names the stuck calls and the lock cycle.
 */
class HangTest {
  /** Two balances, each behind its own lock; a transfer takes the lock of the account it debits first. */
  public static class Accounts {
    final ReentrantLock[] locks = {new ReentrantLock(), new ReentrantLock()};
    final int[] balances = {10, 10};

    /** Moves 1 from account {@code from} to the other; false when it is empty. */
    public boolean transfer(int from) throws InterruptedException {
      int to = 1 - from;
      locks[from].lockInterruptibly();
      try {
        long until = System.nanoTime() + 200_000; // long enough for the other transfer to take its first lock
        while (System.nanoTime() < until) {
          Thread.onSpinWait();
        }
        locks[to].lockInterruptibly();
        try {
          if (balances[from] == 0) {
            return false;
          }
          balances[from]--;
          balances[to]++;
          return true;
        } finally {
          locks[to].unlock();
        }
      } finally {
        locks[from].unlock();
      }
    }
  }

  /** The model: two balances. */
  static final class Balances {
    final int[] balances = {10, 10};
  }

  record Transfer(int from) {}

  static final class AccountsMachine implements Machine<Balances, Accounts, Transfer> {
    @Override
    public Class<?> specType() {
      return Accounts.class;
    }

    @Override
    public Class<?> implType() {
      return Accounts.class;
    }

    @Override
    public List<SetupInfo> setups() {
      return List.of(SetupInfo.of("model"));
    }

    @Override
    public List<OperationInfo> operations() {
      return List.of(OperationInfo.value("transfer", dev.modelof.internal.ParameterInfo.of("from",
          dev.modelof.Gens.ints(0, 1))));
    }

    @Override
    public List<InvariantInfo> invariants() {
      return List.of();
    }

    @Override
    public Balances newModel(Setup setup) {
      return new Balances();
    }

    @Override
    public Accounts newImpl(Setup setup) {
      return new Accounts();
    }

    @Override
    public Transfer operation(int index, List<Object> args) {
      return new Transfer((Integer) args.get(0));
    }

    @Override
    public int indexOf(Transfer op) {
      return 0;
    }

    @Override
    public List<Object> argumentsOf(Transfer op) {
      return List.of(op.from());
    }

    @Override
    public boolean enabled(int index, Balances model) {
      return true;
    }

    @Override
    public boolean accepts(Transfer op, Balances model, Refs refs) {
      return true;
    }

    @Override
    public Object applyToModel(Transfer op, Balances model, Refs refs) {
      if (model.balances[op.from()] == 0) {
        return false;
      }
      model.balances[op.from()]--;
      model.balances[1 - op.from()]++;
      return true;
    }

    @Override
    public Object applyToImpl(Transfer op, Accounts impl, Refs refs) throws Exception {
      return impl.transfer(op.from());
    }

    @Override
    public boolean sameResult(Transfer op, Object modelResult, Object implResult) {
      return Objects.equals(modelResult, implResult);
    }

    @Override
    public boolean invariant(int index, Balances model, Accounts impl) {
      return true;
    }
  }

  @Test
  void aDeadlockIsReportedWithItsLockCycle() {
    LinearizabilitySettings settings = LinearizabilitySettings.defaults().withSeed(3).withRepetitions(20)
        .withTimeout(Duration.ofSeconds(1)).withShrinking(Duration.ofSeconds(3));
    LinearizabilityResult<Transfer> result = ParallelEngine.check(new AccountsMachine(), settings);
    Race<Transfer> race = result.race();
    assertNotNull(race, "no hang in " + result.runs() + " runs");
    assertTrue(race.hang(), race.report());
    String report = race.report();
    assertTrue(report.startsWith("Accounts: Accounts is not linearizable: a run did not finish within 1s, 2 threads x 1 call"),
        report);
    assertTrue(report.contains("thread 1 is in transfer(") && report.contains("thread 2 is in transfer("), report);
    assertTrue(report.contains("  deadlock:\n    thread 1 waits for java.util.concurrent.locks.ReentrantLock$NonfairSync@"),
        report);
    assertTrue(report.contains(", held by thread 2\n"), report);
  }
}

package dev.modelof.engine.concurrent;

import dev.modelof.engine.Threads;
import dev.modelof.internal.Machine;
import dev.modelof.internal.ResultKind;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs a scenario many times on threads kept between runs, one per branch. Worker 0 coordinates
 * each run: it builds a fresh implementation, makes the prefix calls, releases the others through
 * a volatile counter they spin on, makes its own branch's calls, waits for the others, then makes
 * the post calls. Half the runs wait a random few spins before each call of a thread. The calling
 * thread only waits, and reports a hang when no run finishes within the timeout: the stuck threads'
 * stacks and any deadlock among them.
 */
final class ParallelRunner<M, I, O> implements AutoCloseable {
  /** How long an abandoned worker has to notice its interrupt before it is stopped. */
  private static final long GRACE_MILLIS = 200;

  private final Machine<M, I, O> machine;
  private final ModelSide<M, I, O> side;
  private final Duration timeout;
  private Crew crew;
  /** Abandoned workers still running that this JVM cannot stop. */
  private final List<Thread> unstoppable = new ArrayList<>();
  private long seed = System.nanoTime();

  ParallelRunner(ModelSide<M, I, O> side, Duration timeout) {
    this.machine = side.machine;
    this.side = side;
    this.timeout = timeout;
  }

  /** The runs of one batch: as many histories as runs finished, and the hang that ended it early, if one did. */
  record Batch(History[] histories, int finished, String hang) {}

  /** Runs {@code scenario} {@code count} times, each on a fresh implementation. */
  Batch run(Scenario<O> scenario, int count) {
    int threads = scenario.threads().size();
    if (crew == null || crew.workers.length != threads) {
      if (crew != null) {
        crew.close();
      }
      crew = new Crew(threads);
    }
    Job job = new Job(scenario, count, seed++);
    crew.start(job);
    long nanos = timeout.toNanos();
    int seen = 0;
    long progress = System.nanoTime();
    try {
      while (!job.done.await(20, TimeUnit.MILLISECONDS)) {
        int completed = job.completed;
        long now = System.nanoTime();
        if (completed != seen) {
          seen = completed;
          progress = now;
        } else if (now - progress > nanos) {
          // the runs finished before the hang; a run the interrupts below let finish does not count
          int finished = job.completed;
          String hang = hang(job);
          job.aborted = true;
          abandon(crew);
          crew = null;
          return new Batch(job.histories, finished, hang);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      job.aborted = true;
      throw new IllegalStateException("interrupted while a linearizability check ran", e);
    }
    if (job.crashed != null) {
      if (job.crashed instanceof RuntimeException e) {
        throw e;
      }
      if (job.crashed instanceof Error e) {
        throw e;
      }
      throw new IllegalStateException(job.crashed);
    }
    return new Batch(job.histories, job.completed, null);
  }

  /** How many abandoned workers still run because this JVM cannot stop them. */
  int stillRunning() {
    unstoppable.removeIf(thread -> !thread.isAlive());
    return unstoppable.size();
  }

  @Override
  public void close() {
    if (crew != null) {
      crew.close();
      crew = null;
    }
  }

  /** The stuck threads: where each is, its stack, and any deadlock among them. */
  private String hang(Job job) {
    StringBuilder out = new StringBuilder();
    Thread[] workers = crew.workers;
    long[] ids = new long[workers.length];
    for (int w = 0; w < workers.length; w++) {
      ids[w] = workers[w].getId();
      int at = job.at.get(w);
      String where;
      if (at >= 0) {
        where = "in " + RaceReport.describe(machine, job.scenario.threads().get(w).get(at).op())
            + " (call " + (at + 1) + " of thread " + (w + 1) + ")";
      } else if (w == 0 && job.stage != null) {
        where = job.stage;
      } else {
        where = "done with its calls, waiting";
      }
      out.append("  thread ").append(w + 1).append(" is ").append(where).append(":\n");
      StackTraceElement[] stack = workers[w].getStackTrace();
      int shown = 0;
      for (StackTraceElement frame : stack) {
        if (frame.getClassName().startsWith(ParallelRunner.class.getName())) {
          break;
        }
        out.append("      at ").append(frame).append('\n');
        if (++shown == 12) {
          out.append("      ...\n");
          break;
        }
      }
    }
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long[] deadlocked = bean.findDeadlockedThreads();
    if (deadlocked != null) {
      List<Long> ours = new ArrayList<>();
      for (long id : deadlocked) {
        if (Arrays.stream(ids).anyMatch(worker -> worker == id)) {
          ours.add(id);
        }
      }
      if (!ours.isEmpty()) {
        out.append("  deadlock:\n");
        for (ThreadInfo info : bean.getThreadInfo(ours.stream().mapToLong(Long::longValue).toArray(), true, false)) {
          if (info == null) {
            continue;
          }
          int thread = 0;
          for (int w = 0; w < ids.length; w++) {
            if (ids[w] == info.getThreadId()) {
              thread = w + 1;
            }
          }
          out.append("    thread ").append(thread).append(" waits for ").append(info.getLockName())
              .append(", held by ").append(ownerName(info, ids)).append('\n');
        }
      }
    }
    return out.toString();
  }

  private static String ownerName(ThreadInfo info, long[] ids) {
    for (int w = 0; w < ids.length; w++) {
      if (ids[w] == info.getLockOwnerId()) {
        return "thread " + (w + 1);
      }
    }
    return info.getLockOwnerName();
  }

  /** Interrupts a crew that hangs, and stops the workers that ignore it where the JVM still can. */
  private void abandon(Crew hung) {
    hung.closed = true;
    for (Thread worker : hung.workers) {
      worker.interrupt();
    }
    for (Thread worker : hung.workers) {
      try {
        worker.join(GRACE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (worker.isAlive() && !Threads.stop(worker)) {
        unstoppable.add(worker);
      }
    }
  }

  /** The kept worker threads of one thread count. */
  private final class Crew {
    final Thread[] workers;
    volatile Job job;
    volatile int generation;
    volatile boolean closed;

    Crew(int threads) {
      workers = new Thread[threads];
      for (int w = 0; w < threads; w++) {
        int index = w;
        Thread worker = new Thread(() -> work(index), "modelof-" + machine.specType().getSimpleName() + "-thread-" + (w + 1));
        worker.setDaemon(true);
        workers[w] = worker;
      }
      for (Thread worker : workers) {
        worker.start();
      }
    }

    void start(Job next) {
      job = next;
      generation++;
      for (Thread worker : workers) {
        LockSupport.unpark(worker);
      }
    }

    void close() {
      closed = true;
      for (Thread worker : workers) {
        LockSupport.unpark(worker);
      }
    }

    private void work(int index) {
      int seen = 0;
      while (!closed) {
        int current = generation;
        if (current == seen) {
          LockSupport.park(this);
          continue;
        }
        seen = current;
        Job next = job;
        try {
          if (index == 0) {
            next.coordinate();
          } else {
            next.follow(index);
          }
        } catch (ThreadDeath death) {
          throw death;
        } catch (RuntimeException | Error e) {
          next.crashed = e;
          next.aborted = true;
          next.done.countDown();
        }
      }
    }
  }

  /** One batch of runs of a scenario, shared by the crew's workers. */
  private final class Job {
    final Scenario<O> scenario;
    final int count;
    final int threads;
    final History[] histories;
    final CountDownLatch done = new CountDownLatch(1);
    final AtomicInteger finished = new AtomicInteger();
    /** Which call of its branch each worker is in; -1 when it is in none. */
    final AtomicIntegerArray at;
    final long seed;
    /** The run released to the threads, from 1. */
    volatile int go;
    volatile int completed;
    volatile boolean aborted;
    volatile String stage;
    volatile Throwable crashed;
    /** The implementation and handles of the released run; published by the write of {@link #go}. */
    I impl;
    ScenarioRefs refs;
    History history;

    Job(Scenario<O> scenario, int count, long seed) {
      this.scenario = scenario;
      this.count = count;
      this.threads = scenario.threads().size();
      this.histories = new History[count];
      this.at = new AtomicIntegerArray(threads);
      this.seed = seed;
      for (int w = 0; w < threads; w++) {
        at.set(w, -1);
      }
    }

    /** Worker 0: every run from building the implementation to the post part. */
    void coordinate() {
      SplittableRandom random = new SplittableRandom(seed);
      for (int run = 0; run < count && !aborted; run++) {
        History h = new History(scenario);
        stage = "building the implementation";
        I built;
        try {
          built = machine.newImpl(scenario.setup());
        } catch (Exception e) {
          throw new IllegalStateException(machine.implType().getSimpleName() + " failed to build: " + e, e);
        }
        ScenarioRefs handles = new ScenarioRefs();
        stage = "in the prefix";
        for (int i = 0; i < h.prefix.length; i++) {
          h.prefix[i] = callImpl(scenario.prefix().get(i), built, handles);
        }
        stage = null;
        impl = built;
        refs = handles;
        history = h;
        boolean jitter = (run & 1) == 1;
        go = run + 1;
        branch(0, h, built, handles, jitter, random);
        stage = "done with its calls, waiting for the other threads";
        int expected = (run + 1) * (threads - 1);
        for (int spins = 0; finished.get() < expected; spins++) {
          if (aborted) {
            return;
          }
          pause(spins);
        }
        stage = "in the post part";
        for (int i = 0; i < h.post.length; i++) {
          h.post[i] = callImpl(scenario.post().get(i), built, handles);
        }
        stage = null;
        if (built instanceof AutoCloseable closeable) {
          try {
            closeable.close();
          } catch (Exception e) {
            // closing is the sequential test's to check
          }
        }
        if (aborted) {
          return;
        }
        histories[run] = h;
        completed = run + 1;
      }
      done.countDown();
    }

    /** Worker {@code index} above 0: its branch of every run, once worker 0 releases it. */
    void follow(int index) {
      SplittableRandom random = new SplittableRandom(seed + index * 0x9E3779B97F4A7C15L);
      for (int run = 0; run < count; run++) {
        for (int spins = 0; go <= run; spins++) {
          if (aborted) {
            return;
          }
          pause(spins);
        }
        branch(index, history, impl, refs, (run & 1) == 1, random);
        finished.incrementAndGet();
      }
    }

    private void branch(int t, History h, I target, ScenarioRefs handles, boolean jitter, SplittableRandom random) {
      List<Call<O>> calls = scenario.threads().get(t);
      for (int i = 0; i < calls.size(); i++) {
        if (jitter) {
          for (int spin = random.nextInt(64); spin > 0; spin--) {
            Thread.onSpinWait();
          }
        }
        at.set(t, i);
        h.invoked[t][i] = System.nanoTime();
        Object outcome = callImpl(calls.get(i), target, handles);
        h.returned[t][i] = System.nanoTime();
        h.threads[t][i] = outcome;
      }
      at.set(t, -1);
    }
  }

  /** Spins a while, then yields: another thread of the crew may need this core. */
  private static void pause(int spins) {
    if (spins < 1 << 12) {
      Thread.onSpinWait();
    } else {
      Thread.yield();
    }
  }

  private Object callImpl(Call<O> call, I impl, ScenarioRefs refs) {
    try {
      Object result = machine.applyToImpl(call.op(), impl, refs);
      if (side.kind(call.op()) == ResultKind.REF) {
        refs.put(call.id(), result);
      }
      return result;
    } catch (ThreadDeath death) {
      throw death;
    } catch (Exception | Error e) {
      return new Thrown(e);
    }
  }
}

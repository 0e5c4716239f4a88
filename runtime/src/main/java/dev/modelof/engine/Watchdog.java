package dev.modelof.engine;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs the engine's work on worker threads and waits for it with a deadline, so that a call that
 * never returns is reported instead of hanging the build. A worker runs a whole search (or its
 * share of one) or a shrink, not one step: it only moves a {@link Watch}'s tick before each call, and this thread looks at
 * the tick a few times per timeout. It also prints the progress line. Workers are {@link Worker}s,
 * kept between runs.
 *
 * <p>A worker stuck in a call is interrupted and abandoned, and the run goes on with a new worker.
 * One that is still running a moment later (an endless loop that never looks at its interrupt
 * flag) is stopped where the JVM still allows {@code Thread.stop} (up to Java 19), so that it
 * does not burn a core until the JVM exits; on later JVMs it stays a daemon thread, and {@link
 * #stillRunning} counts it for the report.
 */
final class Watchdog {
  private final String spec;
  private final Duration timeout;
  private final long progressEvery;
  private final PrintStream out;
  /** Workers given up on and still running: stopped once {@link #grace} has passed. */
  private final List<Abandoned> abandoned = new ArrayList<>();
  /** Workers given up on that ignored their interrupt and that this JVM cannot stop. */
  private final List<Thread> unstoppable = new ArrayList<>();
  private final long grace;

  /** A worker given up on at {@code since}. */
  private record Abandoned(Thread worker, long since) {}

  /**
   * @param spec simple name of the spec, for the progress line and the thread's name
   * @param timeout the longest a call may take; null never to time out
   * @param progressEvery how often to print a progress line while a search runs
   * @param out where progress lines go
   */
  Watchdog(String spec, Duration timeout, Duration progressEvery, PrintStream out) {
    this.spec = spec;
    this.timeout = timeout;
    this.progressEvery = progressEvery.toNanos();
    this.out = out;
    this.grace = timeout == null ? 0 : Math.max(10_000_000L, Math.min(timeout.toNanos() / 4, 1_000_000_000L));
  }

  /** What a piece of work came to: its value, or the call that hung. */
  record Outcome<T>(T value, Watch.Job job, Trace hung) {
    boolean hanged() {
      return hung != null;
    }
  }

  /**
   * Runs {@code work} on a worker thread. Returns its value, or which job hung; rethrows what
   * it threw. With {@code progress}, prints the tries and steps the work publishes.
   */
  <T> Outcome<T> run(Function<Watch, T> work, boolean progress) {
    List<Outcome<T>> hung = new ArrayList<>(1);
    List<T> values = runAll(1, work, progress, (job, trace) -> hung.add(new Outcome<>(null, job, trace)));
    return hung.isEmpty() ? new Outcome<>(values.get(0), null, null) : hung.get(0);
  }

  /**
   * Runs {@code work} on {@code count} worker threads at once, each with a {@link Watch} of its
   * own, and waits until every one has returned or hung. A worker whose call hangs is abandoned
   * and {@code hung} hears of it, on this thread, with its job and trace; the others go on. Returns
   * the values of the workers that returned (null for those abandoned); rethrows the first thing a
   * worker threw once all are done. With {@code progress}, prints one line for all the workers:
   * the tries and steps they published, added up.
   */
  <T> List<T> runAll(int count, Function<Watch, T> work, boolean progress, BiConsumer<Watch.Job, Trace> hung) {
    List<Watch> watches = new ArrayList<>(count);
    List<Done<T>> dones = new ArrayList<>(count);
    List<Worker.Job> jobs = new ArrayList<>(count);
    CountDownLatch running = new CountDownLatch(count);
    for (int i = 0; i < count; i++) {
      Watch watch = new Watch();
      Done<T> done = new Done<>();
      watches.add(watch);
      dones.add(done);
      jobs.add(Worker.start("modelof-" + spec, () -> {
        try {
          done.value = work.apply(watch);
        } catch (Watch.Abandoned abandoned) {
          // the watchdog went on without this thread
        } catch (Throwable t) {
          done.thrown = t;
        } finally {
          done.end(running);
        }
      }));
    }

    long start = System.nanoTime();
    long timeoutNanos = timeout == null ? Long.MAX_VALUE : timeout.toNanos();
    long period = Math.max(1, Math.min(timeoutNanos / 4, Math.min(progressEvery, 250_000_000L)));
    long nextProgress = start + progressEvery;
    long[] lastTick = new long[count];
    long[] since = new long[count];
    boolean[] given = new boolean[count];
    for (int i = 0; i < count; i++) {
      lastTick[i] = watches.get(i).tick();
      since[i] = start;
    }
    while (true) {
      try {
        if (running.await(period, TimeUnit.NANOSECONDS)) {
          break;
        }
      } catch (InterruptedException e) {
        for (int i = 0; i < count; i++) {
          watches.get(i).abandon();
          jobs.get(i).abandon();
        }
        Thread.currentThread().interrupt();
        throw new IllegalStateException(spec + ": interrupted while the model check ran", e);
      }
      long now = System.nanoTime();
      reap(now, false);
      if (progress && now - nextProgress >= 0) {
        long tries = 0;
        long steps = 0;
        for (Watch watch : watches) {
          tries += watch.tries();
          steps += watch.steps();
        }
        out.printf("%s: %d tries, %d steps, %.0f steps/s%n", spec, tries, steps, steps / ((now - start) / 1e9));
        nextProgress += progressEvery;
      }
      for (int i = 0; i < count; i++) {
        Watch watch = watches.get(i);
        long tick = watch.tick();
        if (dones.get(i).ended) {
          continue;
        }
        if (tick != lastTick[i]) {
          lastTick[i] = tick;
          since[i] = now;
        } else if (now - since[i] >= timeoutNanos && Watch.phase(tick).calls()) {
          watch.abandon();
          Worker.Job job = jobs.get(i);
          // where it stands, before the interrupt can unwind it
          StackTraceElement[] stack = job.worker().getStackTrace();
          if (!job.abandon()) {
            continue; // it returned just now
          }
          abandoned.add(new Abandoned(job.worker(), now));
          given[i] = true;
          Watch.Job hanging = watch.job();
          hung.accept(hanging, hanging.hung(Watch.position(tick), Watch.phase(tick), timeout, stack));
          dones.get(i).end(running);
        }
      }
    }
    for (int i = 0; i < count; i++) {
      // a worker that returned is idle again just after: wait for that, so that the next run takes it
      awaitIdle(jobs.get(i), given[i]);
    }
    List<T> values = new ArrayList<>(count);
    for (Done<T> done : dones) {
      done.rethrow();
    }
    for (Done<T> done : dones) {
      values.add(done.value);
    }
    return values;
  }

  private static void awaitIdle(Worker.Job job, boolean given) {
    try {
      if (!given) {
        job.await(Long.MAX_VALUE);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * How many workers given up on still run and cannot be stopped (on Java 20 and later: endless
   * loops that ignore their interrupt), once every worker given up on has had its grace.
   */
  int stillRunning() {
    close();
    unstoppable.removeIf(worker -> !worker.isAlive());
    return unstoppable.size();
  }

  /** Waits out the grace of the workers given up on, and stops those still running. */
  void close() {
    for (Abandoned given : abandoned) {
      try {
        given.worker().join(Math.max(1, grace / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    reap(System.nanoTime(), true);
  }

  private void reap(long now, boolean all) {
    abandoned.removeIf(given -> {
      if (given.worker().isAlive() && (all || now - given.since() >= grace)) {
        if (!Threads.stop(given.worker())) {
          unstoppable.add(given.worker());
        }
        return true;
      }
      return !given.worker().isAlive();
    });
  }

  /**
   * What a worker's work returned or threw, written by the worker before its job ends and read
   * once the job has ended; or that the watchdog gave up on it.
   */
  private static final class Done<T> {
    T value;
    Throwable thrown;
    private final AtomicBoolean over = new AtomicBoolean();
    volatile boolean ended;

    /** The work returned, threw or was given up on: counted once, whoever says it first. */
    void end(CountDownLatch running) {
      if (over.compareAndSet(false, true)) {
        ended = true;
        running.countDown();
      }
    }

    /** Rethrows what the work threw, if anything. */
    void rethrow() {
      if (thrown instanceof RuntimeException e) {
        throw e;
      }
      if (thrown instanceof Error e) {
        throw e;
      }
      if (thrown != null) {
        throw new IllegalStateException(thrown);
      }
    }
  }
}

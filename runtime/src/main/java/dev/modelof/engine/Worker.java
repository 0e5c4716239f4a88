package dev.modelof.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A daemon thread that runs the {@link Watchdog}'s jobs one after another, so that a run does not
 * start a thread for its search and another for its shrinking, nor a test suite one per spec. An
 * idle worker waits a few seconds for its next job, then ends.
 *
 * <p>A worker whose job is abandoned (it hangs in a call) never takes another job: it ends when the
 * job returns, if ever, so that the interrupt and the {@code Thread.stop} meant for that job cannot
 * reach a later one.
 */
final class Worker extends Thread {
  private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(5);
  private static final String IDLE_NAME = "modelof-idle";
  /** Workers waiting for a job, the last one to finish first. */
  private static final Deque<Worker> IDLE = new ArrayDeque<>();

  private final SynchronousQueue<Job> jobs = new SynchronousQueue<>();

  private Worker() {
    super(IDLE_NAME);
    setDaemon(true);
  }

  /** Runs {@code body} on an idle worker, or a new one, under the thread name {@code name}. */
  static Job start(String name, Runnable body) {
    Worker worker;
    synchronized (IDLE) {
      worker = IDLE.pollFirst();
    }
    if (worker == null) {
      worker = new Worker();
      worker.start();
    }
    Job job = new Job(worker, name, body);
    try {
      worker.jobs.put(job);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting a model check", e);
    }
    return job;
  }

  @Override
  public void run() {
    while (true) {
      Job job;
      try {
        job = jobs.poll(IDLE_NANOS, TimeUnit.NANOSECONDS);
        if (job == null) {
          synchronized (IDLE) {
            if (IDLE.remove(this)) {
              return;
            }
          }
          job = jobs.take(); // taken from IDLE just now: its job is on the way
        }
      } catch (InterruptedException e) {
        return;
      }
      setName(job.name);
      setContextClassLoader(job.loader);
      job.body.run();
      if (!job.finish(this)) {
        return;
      }
    }
  }

  /** Back among the idle workers, as a new thread would be. */
  private void idle() {
    Thread.interrupted();
    setName(IDLE_NAME);
    setContextClassLoader(null);
    synchronized (IDLE) {
      IDLE.addFirst(this);
    }
  }

  /** One job on one worker: running until it finishes, or until the watchdog abandons it. */
  static final class Job {
    private static final int RUNNING = 0;
    private static final int FINISHED = 1;
    private static final int ABANDONED = 2;

    private final Worker worker;
    private final String name;
    private final Runnable body;
    /** The caller's context class loader, which user code on the worker may look services up with. */
    private final ClassLoader loader = Thread.currentThread().getContextClassLoader();
    private final AtomicInteger state = new AtomicInteger(RUNNING);
    private final CountDownLatch done = new CountDownLatch(1);

    private Job(Worker worker, String name, Runnable body) {
      this.worker = worker;
      this.name = name;
      this.body = body;
    }

    /** Waits up to {@code nanos} for the job to finish; true when it has. */
    boolean await(long nanos) throws InterruptedException {
      return done.await(nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * Gives up on the job and interrupts its worker, which will take no other job; false when the
     * job finished first.
     */
    boolean abandon() {
      if (!state.compareAndSet(RUNNING, ABANDONED)) {
        return false;
      }
      worker.interrupt();
      return true;
    }

    Thread worker() {
      return worker;
    }

    /**
     * The worker's side: true when the job finished before it was abandoned, and then {@code
     * worker} is idle again before the watchdog hears that the job is done.
     */
    private boolean finish(Worker worker) {
      boolean finished = state.compareAndSet(RUNNING, FINISHED);
      if (finished) {
        worker.idle();
      }
      done.countDown();
      return finished;
    }
  }
}

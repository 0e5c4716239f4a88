package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WorkerTest {
  private static final long WAIT = TimeUnit.SECONDS.toNanos(10);

  /** The thread that ran a job started now, once it finished. */
  private static Thread runOne(String name, AtomicReference<String> nameSeen) throws InterruptedException {
    AtomicReference<Thread> thread = new AtomicReference<>();
    Worker.Job job = Worker.start(name, () -> {
      thread.set(Thread.currentThread());
      nameSeen.set(Thread.currentThread().getName());
    });
    assertTrue(job.await(WAIT));
    return thread.get();
  }

  @Test
  void jobsOneAfterAnotherRunOnOneDaemonThreadNamedForEach() throws InterruptedException {
    AtomicReference<String> name = new AtomicReference<>();
    Thread first = runOne("modelof-First", name);
    assertEquals("modelof-First", name.get());
    Thread second = runOne("modelof-Second", name);
    assertEquals("modelof-Second", name.get());
    assertSame(first, second);
    assertTrue(first.isDaemon());
  }

  @Test
  void aJobAbandonedWhileItRunsIsInterruptedAndItsWorkerTakesNoOtherJob() throws InterruptedException {
    CountDownLatch never = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    AtomicReference<Thread> hung = new AtomicReference<>();
    Worker.Job job = Worker.start("modelof-Hangs", () -> {
      hung.set(Thread.currentThread());
      try {
        never.await();
      } catch (InterruptedException e) {
        interrupted.set(true);
      }
    });
    assertFalse(job.await(TimeUnit.MILLISECONDS.toNanos(50)));
    assertTrue(job.abandon());
    hung.get().join(TimeUnit.NANOSECONDS.toMillis(WAIT));
    assertTrue(interrupted.get());
    assertFalse(hung.get().isAlive(), "an abandoned worker ends when its job returns");
    assertNotSame(hung.get(), runOne("modelof-Next", new AtomicReference<>()));
  }

  @Test
  void aJobThatFinishedCannotBeAbandoned() throws InterruptedException {
    Worker.Job job = Worker.start("modelof-Quick", () -> {});
    assertTrue(job.await(WAIT));
    assertFalse(job.abandon());
  }

  @Test
  void aJobSeesItsCallersContextClassLoader() throws Exception {
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[0], before)) {
      Thread.currentThread().setContextClassLoader(loader);
      AtomicReference<ClassLoader> seen = new AtomicReference<>();
      Worker.Job job = Worker.start("modelof-Loader", () -> seen.set(Thread.currentThread().getContextClassLoader()));
      assertTrue(job.await(WAIT));
      assertSame(loader, seen.get());
    } finally {
      Thread.currentThread().setContextClassLoader(before);
    }
  }
}

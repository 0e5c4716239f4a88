package dev.modelof.engine;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What one worker thread is doing, as cheaply as it can be told: the job it runs, and a tick that
 * the worker moves before each call of user code. A {@link Watchdog} that sees the tick stand
 * still for longer than the timeout knows which job, which step and which call hangs.
 *
 * <p>The tick packs a counter (so it changes on every move), the step's position in its job and
 * the {@link Phase}; one release store per call, no lock and no fence on the worker's side.
 */
final class Watch {
  private static final Phase[] PHASES = Phase.values();

  private final AtomicLong tick = new AtomicLong();
  private final AtomicLong tries = new AtomicLong();
  private final AtomicLong steps = new AtomicLong();
  private long moves;
  private volatile Job job;
  private volatile boolean abandoned;

  /** Something a worker runs that can say what it had done when a call hung. */
  interface Job {
    /**
     * The trace of this job up to the step at {@code position}, whose call in {@code phase} did
     * not return within {@code timeout}. Only called once the worker is abandoned; reads what the
     * worker wrote before it moved the tick to {@code position}.
     */
    Trace hung(int position, Phase phase, java.time.Duration timeout);
  }

  /** Starts {@code next}: the worker's own thread only. */
  void begin(Job next) {
    checkAbandoned();
    job = next;
    at(0, Phase.ENGINE);
  }

  /** Moves the tick: the worker is about to run {@code phase} of the step at {@code position}. */
  void at(int position, Phase phase) {
    tick.lazySet((++moves << 32) | ((long) position << 4) | phase.ordinal());
  }

  /** Publishes the counts a progress line shows. */
  void progress(long triesSoFar, long stepsSoFar) {
    tries.lazySet(triesSoFar);
    steps.lazySet(stepsSoFar);
  }

  /** Ends the worker's job with an {@link Abandoned} when the watchdog has given up on it. */
  void checkAbandoned() {
    if (abandoned) {
      throw new Abandoned();
    }
  }

  // ---- the watchdog's side ----

  long tick() {
    return tick.get();
  }

  Job job() {
    return job;
  }

  long tries() {
    return tries.get();
  }

  long steps() {
    return steps.get();
  }

  void abandon() {
    abandoned = true;
  }

  static int position(long tick) {
    return (int) ((tick & 0xFFFF_FFFFL) >>> 4);
  }

  static Phase phase(long tick) {
    return PHASES[(int) (tick & 0xF)];
  }

  /** Unwinds a worker the watchdog gave up on; carries no stack trace. */
  static final class Abandoned extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abandoned() {
      super("abandoned", null, false, false);
    }
  }
}

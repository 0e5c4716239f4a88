package dev.modelof.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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

  private static final VarHandle CELLS = MethodHandles.arrayElementVarHandle(long[].class);
  /** Where in {@link #cells} the tick is, and the count of moves beside it. */
  private static final int TICK = 16;
  private static final int MOVES = 17;
  /**
   * The tick and the worker's count of moves, with 128 bytes of nothing on either side: the
   * workers of a run each write their own tick on every call, and two ticks on one cache line
   * would make every call of each worker wait for the other's.
   */
  private final long[] cells = new long[2 * TICK + 2];
  private final AtomicLong tries = new AtomicLong();
  private final AtomicLong steps = new AtomicLong();
  private volatile Job job;
  private volatile boolean abandoned;

  /** Something a worker runs that can say what it had done when a call hung. */
  interface Job {
    /**
     * The trace of this job up to the step at {@code position}, whose call in {@code phase} did
     * not return within {@code timeout}; {@code stack} is where the worker stood, taken before it
     * was interrupted. Only called once the worker is abandoned; reads what the worker wrote
     * before it moved the tick to {@code position}. For a hang while a step was drawn ({@link
     * Phase#DRAW}), a trace without events: there is no failure to report.
     */
    Trace hung(int position, Phase phase, java.time.Duration timeout, StackTraceElement[] stack);
  }

  /** Starts {@code next}: the worker's own thread only. */
  void begin(Job next) {
    checkAbandoned();
    job = next;
    at(0, Phase.ENGINE);
  }

  /** Moves the tick: the worker is about to run {@code phase} of the step at {@code position}. */
  void at(int position, Phase phase) {
    long moves = ++cells[MOVES];
    CELLS.setRelease(cells, TICK, (moves << 32) | ((long) position << 4) | phase.ordinal());
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
    return (long) CELLS.getAcquire(cells, TICK);
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

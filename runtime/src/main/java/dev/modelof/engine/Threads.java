package dev.modelof.engine;

/** Ending a thread stuck in someone else's code: for the {@link Watchdog} and the linearizability check. */
public final class Threads {
  private Threads() {}

  /**
   * Stops {@code thread}, which ignored its interrupt, where the JVM still allows {@code
   * Thread.stop} (up to Java 19); false where it cannot, and then it runs until the JVM exits.
   */
  @SuppressWarnings({"deprecation", "removal"}) // the one way to end an endless loop in someone else's code
  public static boolean stop(Thread thread) {
    try {
      thread.stop();
      return true;
    } catch (UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}

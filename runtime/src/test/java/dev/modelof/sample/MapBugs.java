package dev.modelof.sample;

/** Variants of {@link ArrayMap} with known bugs, each of a different kind. */
public final class MapBugs {
  private MapBugs() {}

  /** Known bug: remove forgets to shrink the size. */
  public static final class SizeAfterRemove extends ArrayMap {
    @Override
    public Integer remove(int key) {
      int at = indexOf(key);
      if (at < 0) {
        return null;
      }
      int old = values[at];
      keys[at] = keys[size - 1];
      values[at] = values[size - 1];
      return old;
    }
  }

  /**
   * Known bug: removing a key that is absent from a non-empty map never returns. It spins without
   * looking at interrupts, as a real endless loop would, until {@link #release} (for JVMs that
   * cannot stop a thread).
   */
  public static final class RemoveAbsentHangs extends ArrayMap {
    private static final java.util.concurrent.atomic.AtomicInteger RELEASES = new java.util.concurrent.atomic.AtomicInteger();

    /** Ends the loops spinning now; later calls spin again. */
    public static void release() {
      RELEASES.incrementAndGet();
    }

    @Override
    public Integer remove(int key) {
      if (size > 0 && indexOf(key) < 0) {
        int releases = RELEASES.get();
        while (RELEASES.get() == releases) {
          Thread.onSpinWait();
        }
        throw new IllegalStateException("released");
      }
      return super.remove(key);
    }
  }

  /** Known bug: a get of an absent key sleeps forever (until interrupted). */
  public static final class GetAbsentSleeps extends ArrayMap {
    @Override
    public Integer get(int key) {
      if (size > 0 && indexOf(key) < 0) {
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return super.get(key);
    }
  }

  /** Known bug: a put that would make the map hold three entries runs out of memory. */
  public static final class ThirdPutRunsOutOfMemory extends ArrayMap {
    @Override
    public Integer put(int key, int value) {
      if (size == 2 && indexOf(key) < 0) {
        throw new OutOfMemoryError("Java heap space");
      }
      return super.put(key, value);
    }
  }

  /** Known bug: a get of an absent key from a non-empty map allocates far more than any heap holds. */
  public static final class GetAbsentAllocates extends ArrayMap {
    public static long allocated;

    @Override
    public Integer get(int key) {
      if (size > 0 && indexOf(key) < 0) {
        allocated += new long[1_900_000_000].length;
      }
      return super.get(key);
    }
  }

  /** Known bug, not every time: every fourth call of size, counted over all instances, is one too many. */
  public static final class SizeSometimesWrong extends ArrayMap {
    public static int calls;

    @Override
    public int size() {
      return ++calls % 4 == 0 ? super.size() + 1 : super.size();
    }
  }

  /** A map that is {@link AutoCloseable}, counting how many were opened and closed. */
  public static class Closing extends ArrayMap implements AutoCloseable {
    /** Counted from any thread: tries run on several. */
    public static final java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();
    public static final java.util.concurrent.atomic.AtomicInteger closed = new java.util.concurrent.atomic.AtomicInteger();

    public Closing() {
      opened.incrementAndGet();
    }

    @Override
    public void close() throws java.io.IOException {
      closed.incrementAndGet();
    }
  }

  /** Known bug: close fails once the map has held three entries. */
  public static final class CloseFailsWhenFull extends Closing {
    @Override
    public void close() throws java.io.IOException {
      super.close();
      if (size >= 3) {
        throw new java.io.IOException("flush failed");
      }
    }
  }
}

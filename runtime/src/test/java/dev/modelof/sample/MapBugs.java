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
   * Known bug: removing a key that is absent from a non-empty map never returns. While {@link
   * #spinning} is true it spins without looking at interrupts, as a real endless loop would.
   */
  public static final class RemoveAbsentHangs extends ArrayMap {
    public static volatile boolean spinning = true;

    @Override
    public Integer remove(int key) {
      if (size > 0 && indexOf(key) < 0) {
        while (spinning) {
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

  /** A map that is {@link AutoCloseable}, counting how many were opened and closed. */
  public static class Closing extends ArrayMap implements AutoCloseable {
    public static int opened;
    public static int closed;

    public Closing() {
      opened++;
    }

    @Override
    public void close() throws java.io.IOException {
      closed++;
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

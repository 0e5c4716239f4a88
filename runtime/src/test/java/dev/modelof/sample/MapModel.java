package dev.modelof.sample;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The model of {@link ArrayMap}: a HashMap. It also notes which keys a put has used, so a test can
 * measure how often a later get or remove asks for one of them.
 */
public class MapModel {
  private final Map<Integer, Integer> values = new HashMap<>();
  private final Set<Integer> putKeys = new HashSet<>();
  /** Over all models: lookups (get, remove) made, and those whose key an earlier put used. */
  public static long lookups;
  public static long lookupsOfPutKeys;

  public Integer put(int key, int value) {
    putKeys.add(key);
    return values.put(key, value);
  }

  public Integer get(int key) {
    count(key);
    return values.get(key);
  }

  public Integer remove(int key) {
    count(key);
    return values.remove(key);
  }

  public int size() {
    return values.size();
  }

  private void count(int key) {
    lookups++;
    if (putKeys.contains(key)) {
      lookupsOfPutKeys++;
    }
  }

  /** A model that is {@link AutoCloseable}, counting how many were closed. */
  public static final class Closing extends MapModel implements AutoCloseable {
    /** Counted from any thread: tries run on several. */
    public static final java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();
    public static final java.util.concurrent.atomic.AtomicInteger closed = new java.util.concurrent.atomic.AtomicInteger();

    public Closing() {
      opened.incrementAndGet();
    }

    @Override
    public void close() {
      closed.incrementAndGet();
    }
  }
}

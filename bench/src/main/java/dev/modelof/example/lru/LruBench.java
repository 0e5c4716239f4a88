package dev.modelof.example.lru;

import dev.modelof.Machine;
import dev.modelof.bench.Variant;
import java.util.List;
import java.util.function.IntFunction;

/** What the benchmarks run of the LRU cache example. */
public final class LruBench {
  private LruBench() {}

  /** The correct cache against its model. */
  public static Machine<?, ?, ?> machine() {
    return new LruCacheSpecMachine();
  }

  /** Each known-bug variant against the model. */
  public static List<Variant> variants() {
    return List.of(
        variant(GetWithoutRefresh.class, GetWithoutRefresh::new),
        variant(EvictsMostRecent.class, EvictsMostRecent::new),
        variant(SizeKeptOnEvict.class, SizeKeptOnEvict::new));
  }

  private static Variant variant(Class<? extends LruCache> type, IntFunction<LruCache> build) {
    Machine<NaiveLru, LruCache, LruCacheSpecOp> machine =
        new LruCacheSpecMachine().withImpl(type.getCanonicalName(), setup -> build.apply(setup.arg(0)));
    return new Variant("LruCacheSpec", type.getSimpleName(), machine);
  }
}

package dev.modelof.bench;

import dev.modelof.engine.Engine;
import dev.modelof.example.lru.EvictsMostRecent;
import dev.modelof.example.lru.GetWithoutRefresh;
import dev.modelof.example.lru.LruCache;
import dev.modelof.example.lru.LruCacheSpecMachine;
import dev.modelof.example.lru.LruCacheSpecOp;
import dev.modelof.example.lru.NaiveLru;
import dev.modelof.example.lru.SizeKeptOnEvict;
import dev.modelof.internal.Machine;
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
        Engine.withImpl(new LruCacheSpecMachine(), type, setup -> build.apply(setup.arg(0)));
    return new Variant("LruCacheSpec", type.getSimpleName(), machine);
  }
}

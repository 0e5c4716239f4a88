package dev.modelof.example.lru;

import javax.annotation.processing.Generated;

/**
 * The operations of {@link LruCacheSpec}, one record per operation.
 */
@Generated("dev.modelof.processor.ModelOfProcessor")
@SuppressWarnings({"deprecation", "removal"})
public sealed interface LruCacheSpecOp permits LruCacheSpecOp.Get, LruCacheSpecOp.Put, LruCacheSpecOp.Size, LruCacheSpecOp.EvictOldest {
  /**
   * A call of {@link LruCacheSpec#get}.
   */
  record Get(int key) implements LruCacheSpecOp {
  }

  /**
   * A call of {@link LruCacheSpec#put}.
   */
  record Put(int key, int value) implements LruCacheSpecOp {
  }

  /**
   * A call of {@link LruCacheSpec#size}.
   */
  record Size() implements LruCacheSpecOp {
  }

  /**
   * A call of {@link LruCacheSpec#evictOldest}.
   */
  record EvictOldest() implements LruCacheSpecOp {
  }
}

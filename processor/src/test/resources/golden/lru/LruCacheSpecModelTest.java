package dev.modelof.example.lru;

import dev.modelof.ModelCheck;
import javax.annotation.processing.Generated;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link LruCache} against its model, {@link LruCacheSpec}.
 */
@Generated("dev.modelof.processor.ModelOfProcessor")
class LruCacheSpecModelTest {
  @Test
  void lruCacheSpec() {
    ModelCheck.run(new LruCacheSpecMachine());
  }
}

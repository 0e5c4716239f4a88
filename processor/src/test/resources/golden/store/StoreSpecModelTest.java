package dev.modelof.example.store;

import dev.modelof.ModelCheck;
import javax.annotation.processing.Generated;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link Store} against its model, {@link StoreSpec}.
 */
@Generated("dev.modelof.processor.ModelOfProcessor")
class StoreSpecModelTest {
  @Test
  void storeSpec() {
    ModelCheck.run(new StoreSpecMachine());
  }
}

package dev.modelof.example.btree;

import dev.modelof.ModelCheck;
import javax.annotation.processing.Generated;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link BTree} against its model, {@link BTreeSpec}.
 */
@Generated("dev.modelof.processor.ModelOfProcessor")
class BTreeSpecModelTest {
  @Test
  void bTreeSpec() {
    ModelCheck.run(new BTreeSpecMachine());
  }
}

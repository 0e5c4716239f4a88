package dev.modelof.example.types;

import dev.modelof.ModelCheck;
import javax.annotation.processing.Generated;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link Types} against its model, {@link TypesSpec}.
 */
@Generated("dev.modelof.processor.ModelOfProcessor")
class TypesSpecModelTest {
  @Test
  void typesSpec() {
    ModelCheck.run(new TypesSpecMachine());
  }
}

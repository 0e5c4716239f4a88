package dev.modelof.guide.concurrency;

import dev.modelof.Linearizable;
import dev.modelof.ModelOf;
import dev.modelof.NonAtomic;
import dev.modelof.Size;
import java.util.Optional;

// [registry-spec]
@ModelOf(Registry.class)
@Linearizable
public interface RegistrySpec {
  static RegistryModel model() {
    return new RegistryModel();
  }

  // one-letter names and owners, so that threads meet on them
  Optional<String> register(@Size(min = 1, max = 1) String name, @Size(min = 1, max = 1) String owner);

  Optional<String> owner(@Size(min = 1, max = 1) String name);

  boolean release(@Size(min = 1, max = 1) String name, @Size(min = 1, max = 1) String owner);

  @NonAtomic // ConcurrentHashMap.size() is an estimate while others write: only called alone
  int size();
}
// [/registry-spec]

package dev.modelof.guide.store;

import dev.modelof.ModelOf;
import dev.modelof.Size;
import java.util.List;
import java.util.Optional;

// [store-spec]
@ModelOf(SqlStore.class)
public interface SqlStoreSpec {

  static MapStore model() {
    return new MapStore();
  }

  void put(@Size(max = 4) String key, @Size(max = 4) String value);

  Optional<String> get(@Size(max = 4) String key);

  boolean delete(@Size(max = 4) String key);

  List<String> keys(@Size(max = 4) String prefix);

  int count();
}
// [/store-spec]

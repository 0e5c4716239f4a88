package dev.modelof.example.store;

import dev.modelof.Fresh;
import dev.modelof.From;
import dev.modelof.Invariant;
import dev.modelof.ModelOf;
import dev.modelof.Range;
import dev.modelof.Ref;
import dev.modelof.Requires;
import dev.modelof.Size;
import dev.modelof.Weight;

/** Every kind of parameter, result, factory, adapter, precondition and invariant. */
@ModelOf(value = Store.class, tries = 50, steps = 20, seed = "0x2A")
public interface StoreSpec {
  static StoreModel model(@Range(min = 1, max = 8) int shelves, @Size(max = 4) String name) {
    return new StoreModel(shelves, name);
  }

  static StoreModel small() {
    return new StoreModel(1, "small");
  }

  static Store impl() {
    return new Store(1, "small");
  }

  @Ref
  Session open(@Fresh String user);

  void close(Session session);

  @Weight(3)
  @Requires("canAdd")
  boolean add(Session session, Kind kind, @Range(min = -5, max = 5) long amount);

  int[] counts();

  String[] names();

  @Requires("hasItems")
  char first(@Range(min = 'a', max = 'z') char from);

  double ratio(
      @Range(min = 0, max = 1) double weight,
      float scale,
      boolean exact,
      short small,
      @Range(min = 10_000_000_000L) long big,
      byte tiny,
      Integer boxed);

  void take(@From(Amounts.class) int amount);

  void rename(String name);

  static void rename(Store store, String name) {
    store.setName(name);
  }

  void tag(@From(Tags.class) String[] tags);

  @Invariant
  static void stocked(StoreModel model, Store impl) {
    if (model.total() != impl.total()) {
      throw new IllegalStateException("totals differ");
    }
  }

  @Invariant
  static boolean positive(StoreModel model) {
    return model.total() >= -1000;
  }
}

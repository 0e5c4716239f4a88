package dev.modelof.bench;

import dev.modelof.bench.counter.CounterSpecMachine;
import dev.modelof.bench.sortedmap.SortedMapSpecMachine;
import dev.modelof.internal.Machine;
import java.util.function.LongSupplier;

/** The systems the engine-cost and scaling measurements run, by the name a command line gives. */
final class Systems {
  private Systems() {}

  /** The spec's machine against its correct implementation. */
  static Machine<?, ?, ?> machine(String name) {
    return switch (name) {
      case "counter" -> new CounterSpecMachine();
      case "lru" -> LruBench.machine();
      case "sortedmap" -> new SortedMapSpecMachine();
      case "btree" -> BTreeBench.machine();
      default -> throw new IllegalArgumentException("no system " + name + ": counter, lru, sortedmap or btree");
    };
  }

  /** The spec's simple name, as tables show it. */
  static String spec(String name) {
    return machine(name).specType().getSimpleName();
  }

  /** One run of the plain loop of {@code name} with the machine's declared tries and steps. */
  static LongSupplier plainLoop(String name, long seed) {
    int tries = machine(name).declared().tries();
    int steps = machine(name).declared().steps();
    return switch (name) {
      case "counter" -> () -> PlainLoops.counter(seed, tries, steps);
      case "lru" -> () -> PlainLoops.lru(seed, tries, steps);
      case "sortedmap" -> () -> PlainLoops.sortedMap(seed, tries, steps);
      default -> throw new IllegalArgumentException("no plain loop of " + name);
    };
  }
}

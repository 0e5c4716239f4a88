package dev.modelof.internal;

import dev.modelof.Gen;
import dev.modelof.engine.generation.CompositeGens;
import java.util.List;
import java.util.function.Function;

/**
 * Generators that only generated code builds: records by their components, written by regression
 * tests as {@code new Point(1, 2)}. For generated code only; no compatibility promise.
 */
public final class Generators {
  private Generators() {}

  /**
   * Records by their components: {@code build} calls the canonical constructor with the drawn
   * components in order, {@code components} lists a value's components by its accessors, and
   * regression tests write a value as {@code new Point(1, 2)} ({@code new Pair<>(1, "a")} for a
   * generic record). Two such generators of the same record and component generators share a pool
   * of reused values.
   *
   * <pre>{@code
   * Generators.records(Point.class,
   *     c -> new Point((int) c.get(0), (int) c.get(1)),
   *     p -> Arrays.asList(p.x(), p.y()),
   *     Gens.ints(), Gens.ints())
   * }</pre>
   */
  public static <T> Gen<T> records(Class<? super T> type, Function<List<Object>, T> build,
      Function<T, List<Object>> components, Gen<?>... componentGens) {
    String name = type.getCanonicalName() + (type.getTypeParameters().length > 0 ? "<>" : "");
    return new CompositeGens.Records<>(name, List.of(componentGens), build, components);
  }
}

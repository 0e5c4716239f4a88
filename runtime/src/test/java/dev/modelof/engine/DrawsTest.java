package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.Settings;
import dev.modelof.internal.Draws;
import dev.modelof.internal.Machine;
import dev.modelof.sample.ArrayMap;
import dev.modelof.sample.MapBugs;
import dev.modelof.sample.MapMachine;
import dev.modelof.sample.MapModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A machine that draws its int arguments unboxed, as generated machines do, runs exactly the tries
 * of one that draws them boxed through {@link Machine#operation}: the same draws from the same
 * pools, so the same failure, shrunk the same way.
 */
class DrawsTest {
  /** {@link MapMachine} with the {@code draw} a generated machine would have. */
  private static Machine<MapModel, ArrayMap, MapMachine.Op> unboxed(Machine<MapModel, ArrayMap, MapMachine.Op> boxed) {
    return new ForwardingMachine<>(boxed) {
      @Override
      public MapMachine.Op draw(int index, Draws draws) {
        return switch (index) {
          case 0 -> new MapMachine.Put(draws.nextInt(), draws.nextInt());
          case 1 -> new MapMachine.Get(draws.nextInt());
          case 2 -> new MapMachine.Remove(draws.nextInt());
          case 3 -> new MapMachine.Size();
          default -> throw new IndexOutOfBoundsException(index);
        };
      }
    };
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void unboxedDrawsFindAndShrinkWhatBoxedDrawsDo(long seed) {
    Machine<MapModel, ArrayMap, MapMachine.Op> boxed =
        Engine.withImpl(new MapMachine(), MapBugs.SizeAfterRemove.class, setup -> new MapBugs.SizeAfterRemove());
    Settings settings = boxed.declared().withSeed(seed);
    Result<?> expected = ModelCheck.of(boxed).withSettings(settings).check();
    Result<?> actual = ModelCheck.of(unboxed(boxed)).withSettings(settings).check();
    assertNotNull(expected.failure());
    assertEquals(expected.failure().report(), actual.failure().report());
    assertEquals(expected.steps(), actual.steps());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void unboxedDrawsRunTheSameTriesOnACorrectMap(long seed) {
    MapMachine boxed = new MapMachine();
    Settings settings = boxed.declared().withSeed(seed);
    Result<?> expected = ModelCheck.of(boxed).withSettings(settings).check();
    Result<?> actual = ModelCheck.of(unboxed(boxed)).withSettings(settings).check();
    assertEquals(expected.steps(), actual.steps());
    assertEquals(expected.statistics().toString(), actual.statistics().toString());
  }
}

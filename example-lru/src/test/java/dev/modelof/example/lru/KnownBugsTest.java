package dev.modelof.example.lru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.modelof.Failure;
import dev.modelof.Machine;
import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.testing.InMemoryJavac;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * Meta-tests: the spec, run with its declared settings, finds each known bug under several seeds,
 * shrinks it to the shortest sequence that shows it, and prints a regression test that compiles,
 * fails on the bug and passes on the real cache.
 */
class KnownBugsTest {
  private static final long[] SEEDS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

  /** Each variant, with the length of the shortest sequence that shows its bug. */
  static Stream<Arguments> bugs() {
    return Stream.of(
        // capacity 2: put a, put b, get a (b is now least recent), put c evicts a instead of b, get a
        arguments("GetWithoutRefresh", (IntFunction<LruCache>) GetWithoutRefresh::new, 5, 2),
        // capacity 2: put a, put b, put c evicts b (the newest) instead of a, get a
        arguments("EvictsMostRecent", (IntFunction<LruCache>) EvictsMostRecent::new, 4, 2),
        // capacity 1: put a, put b evicts a but size stays 1 and grows to 2, size
        arguments("SizeKeptOnEvict", (IntFunction<LruCache>) SizeKeptOnEvict::new, 3, 1));
  }

  private static Machine<NaiveLru, LruCache, LruCacheSpecOp> against(String name, IntFunction<LruCache> variant) {
    return new LruCacheSpecMachine()
        .withImpl("dev.modelof.example.lru." + name, setup -> variant.apply(setup.arg(0)));
  }

  private static Failure failure(Machine<NaiveLru, LruCache, LruCacheSpecOp> machine, long seed) {
    Result result = ModelCheck.check(machine, machine.declared().withSeed(seed));
    assertNotNull(result.failure(), "not found with seed " + seed);
    return result.failure();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bugs")
  void foundUnderEverySeedAndShrunkToTheShortestSequence(
      String name, IntFunction<LruCache> variant, int shortest, int capacity) {
    Machine<NaiveLru, LruCache, LruCacheSpecOp> machine = against(name, variant);
    for (long seed : SEEDS) {
      Failure failure = failure(machine, seed);
      assertEquals(shortest, failure.length(), failure.report());
      assertEquals(List.of(capacity), failure.setup().args(), failure.report());
      assertTrue(failure.report().startsWith("LruCacheSpec: " + name + " disagrees with the model after "
          + shortest + " steps (shrunk from " + failure.originalLength() + "; seed 0x"), failure.report());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bugs")
  void noSingleStepCanBeDropped(String name, IntFunction<LruCache> variant, int shortest, int capacity) {
    Machine<NaiveLru, LruCache, LruCacheSpecOp> machine = against(name, variant);
    Failure failure = failure(machine, 11);
    List<LruCacheSpecOp> ops = operations(failure);
    assertTrue(ModelCheck.fails(machine, failure.setup(), ops));
    for (int i = 0; i < ops.size(); i++) {
      List<LruCacheSpecOp> fewer = new ArrayList<>(ops);
      fewer.remove(i);
      assertFalse(ModelCheck.fails(machine, failure.setup(), fewer), "still fails without step " + (i + 1));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bugs")
  void thePrintedRegressionTestFailsOnTheBugAndPassesOnTheRealCache(
      String name, IntFunction<LruCache> variant, int shortest, int capacity) {
    Failure failure = failure(against(name, variant), 12);
    assertTrue(failure.report().contains(failure.regressionTest().lines().skip(1).findFirst().orElseThrow()));
    String className = name + "RegressionTest";
    String source = failure.regressionSource("dev.modelof.example.lru", className);
    Class<?> buggy = InMemoryJavac.compile("dev.modelof.example.lru." + className, source);
    assertInstanceOf(AssertionFailedError.class, InMemoryJavac.run(buggy, "lruCacheSpecRegression"), source);

    // The same test with the bug fixed: the class under test is the real cache.
    String fixedSource = source.replace("import dev.modelof.example.lru." + name + ";", "")
        .replace("new " + name + "(", "new LruCache(");
    Class<?> fixed = InMemoryJavac.compile("dev.modelof.example.lru." + className, fixedSource);
    assertNull(InMemoryJavac.run(fixed, "lruCacheSpecRegression"), fixedSource);
  }

  @Test
  void theRealCachePassesUnderManySeeds() {
    LruCacheSpecMachine machine = new LruCacheSpecMachine();
    for (long seed = 100; seed < 120; seed++) {
      Result result = ModelCheck.check(machine, machine.declared().withSeed(seed));
      assertTrue(result.passed(), () -> result.failure().report());
    }
  }

  @SuppressWarnings("unchecked") // the failure's operations are this spec's records
  private static List<LruCacheSpecOp> operations(Failure failure) {
    return (List<LruCacheSpecOp>) (List<?>) failure.operations();
  }
}

package dev.modelof.example.lru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.testing.InMemoryJavac;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * Meta-tests: the spec, run with its declared settings, finds each known bug under seeds 1 to 20,
 * shrinks it to the shortest sequence that shows it under every one, and prints a regression test
 * that compiles, fails on the bug and passes on the real cache.
 */
class KnownBugsTest {
  /** Seeds 1 to 20: each variant is shrunk to its shortest failure under every one. */
  private static final long[] SEEDS = LongStream.rangeClosed(1, 20).toArray();

  /** Each variant, with the length of the shortest sequence that shows its bug. */
  static Stream<Arguments> bugs() {
    return Stream.of(
        // capacity 2: put a, put b, get a (b is now least recent), put c evicts a instead of b, get a
        arguments(GetWithoutRefresh.class, (IntFunction<LruCache>) GetWithoutRefresh::new, 5, 2),
        // capacity 2: put a, put b, put c evicts b (the newest) instead of a, get a
        arguments(EvictsMostRecent.class, (IntFunction<LruCache>) EvictsMostRecent::new, 4, 2),
        // capacity 1: put a, put b evicts a but size stays 1 and grows to 2, size
        arguments(SizeKeptOnEvict.class, (IntFunction<LruCache>) SizeKeptOnEvict::new, 3, 1));
  }

  private static ModelCheck<NaiveLru, LruCache, LruCacheSpecOp> against(
      Class<? extends LruCache> type, IntFunction<LruCache> variant) {
    return ModelCheck.of(new LruCacheSpecMachine()).withImpl(type, setup -> variant.apply(setup.arg(0)));
  }

  private static Failure<LruCacheSpecOp> failure(ModelCheck<NaiveLru, LruCache, LruCacheSpecOp> check, long seed) {
    Result<LruCacheSpecOp> result = check.withSeed(seed).check();
    assertNotNull(result.failure(), "not found with seed " + seed);
    return result.failure();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bugs")
  void foundUnderEverySeedAndShrunkToTheShortestSequence(
      Class<? extends LruCache> type, IntFunction<LruCache> variant, int shortest, int capacity) {
    String name = type.getSimpleName();
    ModelCheck<NaiveLru, LruCache, LruCacheSpecOp> check = against(type, variant);
    for (long seed : SEEDS) {
      Failure<LruCacheSpecOp> failure = failure(check, seed);
      assertEquals(shortest, failure.length(), failure.report());
      assertEquals(List.of(capacity), failure.setup().args(), failure.report());
      assertTrue(failure.report().startsWith("LruCacheSpec: " + name + " disagrees with the model after "
          + shortest + " steps (shrunk from " + failure.originalLength() + "; seed 0x"), failure.report());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bugs")
  void noSingleStepCanBeDropped(
      Class<? extends LruCache> type, IntFunction<LruCache> variant, int shortest, int capacity) {
    ModelCheck<NaiveLru, LruCache, LruCacheSpecOp> check = against(type, variant);
    Failure<LruCacheSpecOp> failure = failure(check, 11);
    List<LruCacheSpecOp> ops = failure.operations();
    assertTrue(check.fails(failure.setup(), ops));
    for (int i = 0; i < ops.size(); i++) {
      List<LruCacheSpecOp> fewer = new ArrayList<>(ops);
      fewer.remove(i);
      assertFalse(check.fails(failure.setup(), fewer), "still fails without step " + (i + 1));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bugs")
  void thePrintedRegressionTestFailsOnTheBugAndPassesOnTheRealCache(
      Class<? extends LruCache> type, IntFunction<LruCache> variant, int shortest, int capacity) {
    String name = type.getSimpleName();
    Failure<LruCacheSpecOp> failure = failure(against(type, variant), 12);
    assertTrue(failure.report().contains(failure.regressionTest().lines().skip(1).findFirst().orElseThrow()));
    String className = name + "RegressionTest";
    String source = failure.regressionSource("dev.modelof.example.lru", className);
    Class<?> buggy = InMemoryJavac.compile("dev.modelof.example.lru." + className, source);
    assertInstanceOf(AssertionFailedError.class, InMemoryJavac.run(buggy, "lruCacheSpecRegression"), source);

    // The same test with the bug fixed: the class under test is the real cache.
    String fixedSource = source.replace("new " + name + "(", "new LruCache(");
    Class<?> fixed = InMemoryJavac.compile("dev.modelof.example.lru." + className, fixedSource);
    assertNull(InMemoryJavac.run(fixed, "lruCacheSpecRegression"), fixedSource);
  }

  @Test
  void theRealCachePassesUnderManySeeds() {
    for (long seed = 100; seed < 120; seed++) {
      Result<LruCacheSpecOp> result = ModelCheck.of(new LruCacheSpecMachine()).withSeed(seed).check();
      assertTrue(result.passed(), () -> result.failure().report());
    }
  }
}

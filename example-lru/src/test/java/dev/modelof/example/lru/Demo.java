package dev.modelof.example.lru;

import dev.modelof.ModelCheck;
import dev.modelof.Result;

/**
 * The demo: {@link LruCacheSpec} checked against {@link GetWithoutRefresh}, a cache whose {@code
 * get} forgets to refresh recency. Prints the shrunk failure; fails only if the bug is missed.
 */
public final class Demo {
  private Demo() {}

  public static void main(String[] args) {
    ModelCheck<NaiveLru, LruCache, LruCacheSpecOp> check = ModelCheck.of(new LruCacheSpecMachine())
        .withImpl(GetWithoutRefresh.class, setup -> new GetWithoutRefresh(setup.arg(0)));
    System.out.println("Checking LruCacheSpec against GetWithoutRefresh (get does not refresh recency)...");
    System.out.println();
    Result<LruCacheSpecOp> result = check.withSystemProperties().check();
    if (result.passed()) {
      throw new IllegalStateException("The known bug was not found in " + result.tries() + " tries");
    }
    System.out.println(result.failure().report());
    System.out.println("Found as expected: the demo's cache has a known bug.");
  }
}

package dev.modelof.example.lru;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.modelof.LinearizabilityCheck;
import dev.modelof.LinearizabilityResult;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class KnownRacesTest {
  @Test
  void probe() {
    for (IntFunction<SharedLru> variant : java.util.List.<IntFunction<SharedLru>>of(CheckThenActLru::new, FastMissLru::new)) {
      for (long seed = 1; seed <= 3; seed++) {
        long start = System.nanoTime();
        Class<? extends SharedLru> type = variant.apply(1).getClass();
        LinearizabilityResult<SharedLruSpecOp> result = LinearizabilityCheck.of(new SharedLruSpecMachine())
            .withImpl(type, setup -> variant.apply(setup.arg(0))).withSeed(seed).check();
        System.out.println("seed " + seed + " " + (System.nanoTime() - start) / 1_000_000 + " ms, runs " + result.runs());
        assertNotNull(result.race());
        System.out.println(result.race().report());
      }
    }
  }
}

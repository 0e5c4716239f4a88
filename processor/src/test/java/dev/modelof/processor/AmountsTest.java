package dev.modelof.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.modelof.Failure;
import dev.modelof.ModelCheck;
import dev.modelof.internal.Machine;
import org.junit.jupiter.api.Test;

/**
 * A stock kept in a {@code short}: it wraps past 32767 units. Restocks of up to 10000 units show it
 * with four restocks and a look at the stock. A search finds it with five or more restocks, where
 * no restock can go (the rest stay within the limit) and no amount can be made smaller: the
 * shortest report needs one restock's amount moved onto the others.
 */
class AmountsTest {
  @Test
  void anAmountIsMovedOntoOtherStepsToReachTheShortestFailure() throws Exception {
    Compilation compilation = Compilations.strict(
        JavaFileObjects.forSourceString("test.Stock", """
            package test;

            public class Stock {
              private short units;

              public void restock(int amount) {
                units = (short) (units + amount);
              }

              public void clear() {
                units = 0;
              }

              public int units() {
                return units;
              }
            }
            """),
        JavaFileObjects.forSourceString("test.StockSpec", """
            package test;

            import dev.modelof.ModelOf;
            import dev.modelof.Range;

            @ModelOf(Stock.class)
            public interface StockSpec {
              static Model model() {
                return new Model();
              }

              void restock(@Range(min = 1, max = 10000) int amount);

              void clear();

              int units();

              final class Model implements StockSpec {
                private int units;

                public void restock(int amount) {
                  units += amount;
                }

                public void clear() {
                  units = 0;
                }

                public int units() {
                  return units;
                }
              }
            }
            """));
    assertThat(compilation).succeededWithoutWarnings();
    Machine<?, ?, ?> machine = (Machine<?, ?, ?>) Compilations.load(compilation, "test.StockSpecMachine");
    for (long seed = 1; seed <= 20; seed++) {
      Failure<?> failure = ModelCheck.of(machine).withSeed(seed).check().failure();
      assertNotNull(failure, "seed " + seed);
      // without moving amounts, 2 of these 20 seeds reach it; the others stop at 6 to 9 steps
      assertEquals(5, failure.length(), failure.report());
    }
  }
}

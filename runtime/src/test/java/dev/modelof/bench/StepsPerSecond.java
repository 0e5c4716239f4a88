package dev.modelof.bench;

import dev.modelof.ModelCheck;
import dev.modelof.Result;
import dev.modelof.Settings;
import dev.modelof.sample.StackMachine;

/**
 * Measures how many steps per second the engine runs on the stack sample, whose operations cost
 * almost nothing, so the figure is the engine's own overhead. Run by hand, not as a test:
 * {@code java -cp <test classpath> dev.modelof.bench.StepsPerSecond [rounds]}.
 */
public final class StepsPerSecond {
  private StepsPerSecond() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    StackMachine machine = new StackMachine(false);
    Settings settings = new Settings(20_000, 50, 42L, null);
    for (int warmup = 0; warmup < 3; warmup++) {
      ModelCheck.check(machine, settings);
    }
    double[] rates = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      Result result = ModelCheck.check(machine, settings);
      double seconds = (System.nanoTime() - start) / 1e9;
      rates[round] = result.steps() / seconds;
    }
    java.util.Arrays.sort(rates);
    System.out.printf("steps/s over %d rounds: min %.0f, median %.0f, max %.0f%n",
        rounds, rates[0], rates[rounds / 2], rates[rounds - 1]);
  }
}

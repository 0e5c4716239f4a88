package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.sample.StackMachine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The candidates of the shrinker's last search: one step fewer, the steps of one operation reordered. */
class ReorderingTest {
  private final StackMachine machine = new StackMachine(true);

  private static List<Step<StackMachine.Op>> steps(StackMachine.Op... ops) {
    List<Step<StackMachine.Op>> steps = new ArrayList<>();
    for (StackMachine.Op op : ops) {
      steps.add(new Step<>(steps.size(), op));
    }
    return steps;
  }

  @Test
  void aDrawDropsOneStepAndMovesOnlyPushesAmongTheirPlaces() {
    List<Step<StackMachine.Op>> steps = steps(new StackMachine.Push(5), new StackMachine.Push(-2), new StackMachine.Pop(),
        new StackMachine.Push(7), new StackMachine.Push(0), new StackMachine.Size(), new StackMachine.Push(3));
    SplittableRandom random = new SplittableRandom(1);
    Set<List<Step<StackMachine.Op>>> seen = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      List<Step<StackMachine.Op>> drawn = Reordering.draw(machine, steps, random);
      seen.add(drawn);
      assertEquals(steps.size() - 1, drawn.size(), drawn.toString());
      // the same steps, one fewer: each kept once
      List<Step<StackMachine.Op>> rest = new ArrayList<>(steps);
      for (Step<StackMachine.Op> step : drawn) {
        assertTrue(rest.remove(step), drawn.toString());
      }
      // pop and size keep their order; each place holds a step of the operation it held
      List<Step<StackMachine.Op>> others = drawn.stream().filter(s -> !(s.op() instanceof StackMachine.Push)).toList();
      List<Step<StackMachine.Op>> expected = steps.stream()
          .filter(s -> !(s.op() instanceof StackMachine.Push) && !s.equals(rest.get(0))).toList();
      assertEquals(expected, others, drawn.toString());
    }
    // both orders of a sorted run are drawn: every push ascending, and every push descending
    assertTrue(seen.stream().anyMatch(d -> pushValues(d).equals(List.of(-2, 0, 3, 5, 7))), seen.toString());
    assertTrue(seen.stream().anyMatch(d -> pushValues(d).equals(List.of(7, 5, 3, 0, -2))), seen.toString());
  }

  @Test
  void theSameSourceDrawsTheSameCandidates() {
    List<Step<StackMachine.Op>> steps = steps(new StackMachine.Push(1), new StackMachine.Push(4), new StackMachine.Push(2),
        new StackMachine.Push(8), new StackMachine.Size());
    SplittableRandom a = new SplittableRandom(42);
    SplittableRandom b = new SplittableRandom(42);
    for (int i = 0; i < 50; i++) {
      assertEquals(Reordering.draw(machine, steps, a), Reordering.draw(machine, steps, b));
    }
  }

  @Test
  void argumentsSortAsNumbersWhereTheyAreComparable() {
    assertTrue(Reordering.compareArguments(List.of(-3), List.of(1)) < 0);
    assertTrue(Reordering.compareArguments(List.of(2, "b"), List.of(2, "a")) > 0);
    assertEquals(0, Reordering.compareArguments(List.of(4), List.of(4)));
  }

  private static List<Integer> pushValues(List<Step<StackMachine.Op>> steps) {
    return steps.stream().filter(s -> s.op() instanceof StackMachine.Push)
        .map(s -> ((StackMachine.Push) s.op()).value()).toList();
  }
}

package dev.modelof.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.Gens;
import dev.modelof.Handle;
import dev.modelof.Setup;
import dev.modelof.sample.StackMachine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The order of results: fewer steps, then simpler operations, then smaller values; and the setup domains tried. */
class ResultOrderTest {
  private final StackMachine machine = new StackMachine(true);

  private static List<Step<StackMachine.Op>> steps(StackMachine.Op... ops) {
    List<Step<StackMachine.Op>> out = new ArrayList<>();
    for (StackMachine.Op op : ops) {
      out.add(new Step<>(out.size(), op));
    }
    return out;
  }

  private int compare(int capacityA, List<Step<StackMachine.Op>> a, int capacityB, List<Step<StackMachine.Op>> b) {
    return ResultOrder.compare(machine, new Setup(0, List.of(capacityA)), a, new Setup(0, List.of(capacityB)), b);
  }

  @Test
  void fewerStepsComeFirstWhateverTheirOperationsAndValues() {
    var push = new StackMachine.Push(0);
    var size = new StackMachine.Size();
    assertTrue(compare(5, steps(new StackMachine.Push(1000), size), 1, steps(push, push, size)) < 0);
    assertTrue(compare(1, steps(push, push, size), 5, steps(new StackMachine.Push(1000), size)) > 0);
  }

  @Test
  void thenOperationsDeclaredEarlierThenSmallerValues() {
    var push = new StackMachine.Push(0);
    assertTrue(compare(1, steps(push, push), 1, steps(push, new StackMachine.Pop())) < 0, "push is declared before pop");
    assertTrue(compare(2, steps(new StackMachine.Pop(), push), 1, steps(push, new StackMachine.Pop())) > 0,
        "the operations decide before the setup");
    assertTrue(compare(1, steps(push, new StackMachine.Size()), 2, steps(push, new StackMachine.Size())) < 0);
    assertTrue(compare(1, steps(push, new StackMachine.Push(-1)), 1, steps(push, new StackMachine.Push(1))) > 0,
        "as near zero, a positive value first");
    assertEquals(0, compare(1, steps(push), 1, steps(push)));
  }

  @Test
  void valuesCompareAsGeneratorsShrinkThem() {
    assertTrue(ResultOrder.compareValue(null, 0) < 0);
    assertTrue(ResultOrder.compareValue(3L, -4L) < 0);
    assertTrue(ResultOrder.compareValue(false, true) < 0);
    assertTrue(ResultOrder.compareValue("zz", "aaa") < 0);
    assertTrue(ResultOrder.compareValue("ab", "b") > 0);
    assertTrue(ResultOrder.compareValue(Optional.empty(), Optional.of(0)) < 0);
    assertTrue(ResultOrder.compareValue(List.of(9), List.of(1, 2)) < 0);
    assertTrue(ResultOrder.compareValue(new Handle<>(1), new Handle<>(4)) < 0);
  }

  @Test
  void aSmallSetupDomainIsTriedWholeNearestFirst() {
    assertEquals(List.of(0, 2, 3), SetupDomain.others(Gens.ints(0, 3), 1));
    assertEquals(List.of(2, 1, 0), SetupDomain.others(Gens.ints(0, 3), 3));
    assertEquals(List.of(true), SetupDomain.others(Gens.booleans(), false));
  }

  @Test
  void aLargeOneBySampleOfTheNearestValues() {
    List<Object> others = SetupDomain.others(Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE), 0);
    assertEquals(SetupDomain.MAX_VALUES, others.size());
    assertEquals(List.of(-1, 1, -2, 2), others.subList(0, 4));
    assertEquals(List.of(Integer.MAX_VALUE - 1), SetupDomain.others(Gens.ints(Integer.MAX_VALUE - 1, Integer.MAX_VALUE), Integer.MAX_VALUE));
    assertEquals(List.of(), SetupDomain.others(Gens.strings(), "a"), "a domain it cannot list");
  }
}

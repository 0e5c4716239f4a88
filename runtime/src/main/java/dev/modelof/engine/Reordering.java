package dev.modelof.engine;

import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.ParameterInfo;
import dev.modelof.internal.ResultKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Draws a candidate one step shorter than a failing sequence, for the shrinker's last search: one
 * step dropped, then the steps of one operation put in another order among their places. The
 * orders drawn: the steps sorted by their arguments, ascending or descending, cut into a few runs
 * and the runs shuffled (for {@code put}s that build a shape, the order of the keys is what
 * matters, and a sorted run builds it with the fewest steps); a random shuffle; a few steps moved.
 * Steps of an operation that makes or takes handles, and steps without parameters, stay in place.
 * Nothing here knows what the operations do: it sees their declarations and their arguments.
 */
final class Reordering {
  /** The most runs a sorted order is cut into. */
  private static final int MAX_RUNS = 4;
  /** The most steps a draw moves. */
  private static final int MAX_MOVES = 3;

  private Reordering() {}

  /** A candidate drawn from {@code steps}: one step fewer, some steps of one operation in another order. */
  static <O> List<Step<O>> draw(Machine<?, ?, O> machine, List<Step<O>> steps, SplittableRandom random) {
    List<Step<O>> fewer = new ArrayList<>(steps);
    fewer.remove(random.nextInt(fewer.size()));
    List<List<Integer>> groups = new ArrayList<>(movableGroups(machine, fewer).values());
    groups.removeIf(places -> places.size() < 2);
    if (groups.isEmpty()) {
      return fewer;
    }
    List<Integer> places = groups.get(random.nextInt(groups.size()));
    List<Step<O>> moved = new ArrayList<>();
    for (int place : places) {
      moved.add(fewer.get(place));
    }
    int kind = random.nextInt(4);
    if (kind < 2) {
      sortedRuns(machine, moved, random);
    } else if (kind == 2) {
      shuffle(moved, random);
    } else {
      int moves = 1 + random.nextInt(MAX_MOVES);
      for (int i = 0; i < moves; i++) {
        moved.add(random.nextInt(moved.size()), moved.remove(random.nextInt(moved.size())));
      }
    }
    for (int i = 0; i < places.size(); i++) {
      fewer.set(places.get(i), moved.get(i));
    }
    return fewer;
  }

  /** The places of the steps of each operation that may move, by operation, in order. */
  private static <O> Map<Integer, List<Integer>> movableGroups(Machine<?, ?, O> machine, List<Step<O>> steps) {
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int place = 0; place < steps.size(); place++) {
      int index = machine.indexOf(steps.get(place).op());
      OperationInfo operation = machine.operations().get(index);
      if (operation.resultKind() != ResultKind.REF && !operation.parameters().isEmpty()
          && operation.parameters().stream().noneMatch(ParameterInfo::isHandle)) {
        groups.computeIfAbsent(index, k -> new ArrayList<>()).add(place);
      }
    }
    return groups;
  }

  /** Sorts by arguments, either way, cuts the result into up to {@link #MAX_RUNS} runs and shuffles the runs. */
  private static <O> void sortedRuns(Machine<?, ?, O> machine, List<Step<O>> moved, SplittableRandom random) {
    Comparator<Step<O>> byArguments = (a, b) -> compareArguments(machine.argumentsOf(a.op()), machine.argumentsOf(b.op()));
    try {
      moved.sort(random.nextBoolean() ? byArguments : byArguments.reversed());
    } catch (RuntimeException inconsistent) {
      // a compareTo that throws or breaks its contract: the runs are cut from the order as it is
    }
    int runs = 1 + random.nextInt(Math.min(MAX_RUNS, moved.size()));
    TreeSet<Integer> cuts = new TreeSet<>();
    while (cuts.size() < runs - 1) {
      cuts.add(1 + random.nextInt(moved.size() - 1));
    }
    List<List<Step<O>>> pieces = new ArrayList<>();
    int start = 0;
    for (int cut : cuts) {
      pieces.add(new ArrayList<>(moved.subList(start, cut)));
      start = cut;
    }
    pieces.add(new ArrayList<>(moved.subList(start, moved.size())));
    shuffle(pieces, random);
    moved.clear();
    pieces.forEach(moved::addAll);
  }

  /** Fisher-Yates with the given random source, so that a draw depends on it alone. */
  private static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      Collections.swap(list, i, random.nextInt(i + 1));
    }
  }

  /**
   * Orders argument lists by their first differing value: by the values' natural order where both
   * are comparable and of one class (so that integers sort as numbers, negatives first), else as
   * {@link ResultOrder#compareValue} does.
   */
  static int compareArguments(List<Object> a, List<Object> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int byValue = compareNaturally(a.get(i), b.get(i));
      if (byValue != 0) {
        return byValue;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // both values are of one Comparable class
  private static int compareNaturally(Object a, Object b) {
    if (a instanceof Comparable x && b != null && a.getClass() == b.getClass()) {
      try {
        return x.compareTo(b);
      } catch (RuntimeException e) {
        return ResultOrder.compareValue(a, b);
      }
    }
    return ResultOrder.compareValue(a, b);
  }
}

package dev.modelof.engine;

import dev.modelof.Statistics;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.ParameterInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Counts what a search ran, as it runs; {@link #statistics} turns them into the public figures. */
final class Counts {
  private final long[] ran;
  private final long[] refused;
  private final long[] noHandle;
  /** How many tries had each length, by length. */
  private final long[] lengths;
  /**
   * For each operation that may tell the state's size (no arguments, a value result), the largest
   * value it returned in each try, in try order; null for the others, and once it returned
   * anything but a non-negative {@code Integer}.
   */
  private final IntList[] sizes;
  /** Which operations {@link #measures} was called for: read by every worker, written before they start. */
  private final boolean[] measured;
  /** Whether any operation is {@linkplain #measures measured}. */
  private boolean measuresAny;

  Counts(int operations, int longest) {
    ran = new long[operations];
    refused = new long[operations];
    noHandle = new long[operations];
    lengths = new long[longest + 1];
    sizes = new IntList[operations];
    measured = new boolean[operations];
  }

  /** Counts operation {@code operation}, which takes no argument and returns a value, as a possible size. */
  void measures(int operation) {
    measured[operation] = true;
    measuresAny = true;
    sizes[operation] = new IntList();
  }

  /** Whether {@link #measures} was called for any operation. */
  boolean measuresAny() {
    return measuresAny;
  }

  /** Whether {@link #measures} was called for {@code operation}. */
  boolean measuring(int operation) {
    return measured[operation];
  }

  /**
   * Adds one try's {@code largest} value of each size-like operation: {@code -1} where the try did
   * not call it, {@code -2} where it returned something other than a non-negative int, which
   * rules the operation out; null adds nothing.
   */
  void sizes(int[] largest) {
    if (largest == null) {
      return;
    }
    for (int operation = 0; operation < largest.length; operation++) {
      if (largest[operation] == -2) {
        sizes[operation] = null;
      } else if (largest[operation] >= 0 && sizes[operation] != null) {
        sizes[operation].add(largest[operation]);
      }
    }
  }

  /** A growing array of ints. */
  private static final class IntList {
    int[] values = new int[64];
    int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, 2 * size);
      }
      values[size++] = value;
    }
  }

  /**
   * Counts of one try's operations, to be added to a run's with {@link #addOperations}: no
   * lengths, which the run counts itself.
   */
  static Counts ofOneTry(int operations) {
    return new Counts(operations, 0);
  }

  /** Adds what {@code other} counted of the operations to these counts. */
  void addOperations(Counts other) {
    for (int i = 0; i < ran.length; i++) {
      ran[i] += other.ran[i];
      refused[i] += other.refused[i];
      noHandle[i] += other.noHandle[i];
    }
  }

  /** Counts no operation again. */
  void clearOperations() {
    java.util.Arrays.fill(ran, 0);
    java.util.Arrays.fill(refused, 0);
    java.util.Arrays.fill(noHandle, 0);
  }

  /** A copy of what these counts counted of the operations. */
  Counts copyOperations() {
    Counts copy = ofOneTry(ran.length);
    copy.addOperations(this);
    return copy;
  }

  void ran(int operation) {
    ran[operation]++;
  }

  void refused(int operation) {
    refused[operation]++;
  }

  void noHandle(int operation) {
    noHandle[operation]++;
  }

  void length(int steps) {
    lengths[Math.min(steps, lengths.length - 1)]++;
  }

  Statistics statistics(Machine<?, ?, ?> machine, int tries, long steps) {
    List<OperationInfo> operations = machine.operations();
    List<String> names = names(operations);
    List<Statistics.OperationCount> out = new ArrayList<>();
    for (int i = 0; i < operations.size(); i++) {
      out.add(new Statistics.OperationCount(names.get(i), ran[i], refused[i], noHandle[i],
          operations.get(i).parameters().stream().filter(ParameterInfo::isHandle).map(ParameterInfo::handleType).findFirst().orElse(null)));
    }
    long total = 0;
    for (long count : lengths) {
      total += count;
    }
    List<Statistics.StateSize> measured = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      IntList list = sizes[i];
      if (list != null && list.size > 0) {
        int[] sorted = Arrays.copyOf(list.values, list.size);
        Arrays.sort(sorted);
        measured.add(new Statistics.StateSize(operations.get(i).name(), sorted.length,
            sorted[(sorted.length - 1) / 2], sorted[(sorted.length - 1) * 9 / 10], sorted[sorted.length - 1]));
      }
    }
    return new Statistics(machine.specType(), tries, steps, out,
        total == 0 ? 0 : lengthAt(0), total == 0 ? 0 : lengthAt((total - 1) / 2), total == 0 ? 0 : lengthAt(total - 1),
        measured);
  }

  /** The length of the try at {@code rank} (from 0) when tries are sorted by length. */
  private int lengthAt(long rank) {
    long seen = 0;
    for (int length = 0; length < lengths.length; length++) {
      seen += lengths[length];
      if (seen > rank) {
        return length;
      }
    }
    return lengths.length - 1;
  }

  /**
   * The operations' names as the statistics show them: an overloaded name with its parameters'
   * names, {@code append(s)} and {@code append(c)}, so that the rows tell the overloads apart.
   */
  static List<String> names(List<OperationInfo> operations) {
    Map<String, Integer> uses = new HashMap<>();
    operations.forEach(operation -> uses.merge(operation.name(), 1, Integer::sum));
    List<String> names = new ArrayList<>();
    for (OperationInfo operation : operations) {
      names.add(uses.get(operation.name()) == 1 ? operation.name() : operation.name() + "("
          + operation.parameters().stream().map(ParameterInfo::name).collect(Collectors.joining(", ")) + ")");
    }
    return names;
  }
}

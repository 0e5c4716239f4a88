package dev.modelof.engine;

import dev.modelof.Statistics;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.ParameterInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

  Counts(int operations, int longest) {
    ran = new long[operations];
    refused = new long[operations];
    noHandle = new long[operations];
    lengths = new long[longest + 1];
    sizes = new IntList[operations];
  }

  /** Counts operation {@code operation}, which takes no argument and returns a value, as a possible size. */
  void measures(int operation) {
    sizes[operation] = new IntList();
  }

  /** Whether {@link #measures} was called for {@code operation} and it still looks like a size. */
  boolean measuring(int operation) {
    return sizes[operation] != null;
  }

  /**
   * The largest of the values a size-like operation returned in one try; {@code -1} when the try
   * did not call it, {@code -2} when it returned something other than a non-negative int.
   */
  void size(int operation, int largest) {
    if (largest == -2) {
      sizes[operation] = null;
    } else if (largest >= 0 && sizes[operation] != null) {
      sizes[operation].add(largest);
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
    List<Statistics.OperationCount> out = new ArrayList<>();
    for (int i = 0; i < operations.size(); i++) {
      out.add(new Statistics.OperationCount(operations.get(i).name(), ran[i], refused[i], noHandle[i],
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
}

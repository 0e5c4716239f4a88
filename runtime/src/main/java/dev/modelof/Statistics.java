package dev.modelof;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a run's random search did: how often each operation ran, how often its precondition said
 * no, and how long the sequences were. {@link ModelCheck#run} prints it as a small table, and fails
 * a run that passed without exercising every operation ({@link #problems}).
 *
 * @param spec the spec interface
 * @param tries how many sequences ran
 * @param steps how many steps ran in all
 * @param operations one count per operation, in declaration order
 * @param shortest the fewest steps of one sequence
 * @param median the median number of steps of a sequence
 * @param longest the most steps of one sequence
 * @param sizes how large the state grew, as the spec's size-like operations told
 */
public record Statistics(
    Class<?> spec, int tries, long steps, List<OperationCount> operations, int shortest, int median, int longest,
    List<StateSize> sizes) {
  public Statistics {
    operations = List.copyOf(operations);
    sizes = List.copyOf(sizes);
  }

  /**
   * How large one size-like operation said the state grew: an operation that takes no argument and
   * only ever returned a non-negative {@code int} (a {@code size()}, a {@code count()}), by the
   * largest value it returned in each try that called it.
   *
   * @param name the operation
   * @param tries how many tries called it
   * @param median the median over those tries of the largest value it returned
   * @param ninetieth the 90th percentile of the same
   * @param largest the largest value it returned in the run
   */
  public record StateSize(String name, int tries, int median, int ninetieth, int largest) {
    @Override
    public String toString() {
      return name + "() reached median " + median + ", 90% " + ninetieth + ", max " + largest;
    }
  }

  /**
   * What happened to one operation over a run.
   *
   * @param name the operation
   * @param ran how many steps called it
   * @param refused how many times it was drawn and its precondition ({@link Requires}) said no
   * @param withoutHandle how many times it was drawn while no step had made a handle it takes
   * @param handleType the type of the first handle it takes, or null
   */
  public record OperationCount(String name, long ran, long refused, long withoutHandle, Class<?> handleType) {
    /** How many times it was drawn: it ran, or it could not. */
    public long drawn() {
      return ran + refused + withoutHandle;
    }
  }

  /** Fewer draws than this say nothing about an operation that never ran. */
  static final int ENOUGH_DRAWS = 10;

  /** Fewer steps than this say nothing about an operation that was never even drawn. */
  static final int ENOUGH_STEPS = 1000;

  /**
   * Why the run, though it passed, shows little: operations that never ran although they were
   * drawn often enough (their precondition never held, or no step made the handle they take), or
   * never drawn in a long run. Empty when all is well.
   */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    for (OperationCount count : operations) {
      if (count.ran() > 0) {
        continue;
      }
      if (count.refused() >= ENOUGH_DRAWS && count.refused() >= count.withoutHandle()) {
        out.add(count.name() + " never ran: its precondition was false all " + count.refused()
            + " times it was drawn. Loosen its @Requires, or let other operations make it hold.");
      } else if (count.withoutHandle() >= ENOUGH_DRAWS) {
        out.add(count.name() + " never ran: no step made the " + count.handleType().getSimpleName()
            + " handle it takes in " + count.withoutHandle() + " draws. Mark the operation that returns one @Ref.");
      } else if (count.drawn() < ENOUGH_DRAWS && steps >= ENOUGH_STEPS) {
        out.add(count.name() + " never ran in " + steps + " steps: raise its @Weight.");
      }
    }
    return out;
  }

  /**
   * The figures in one line: tries, steps, sequence lengths and how large the state grew, as a
   * passing run prints them.
   */
  public String summary() {
    StringBuilder out = new StringBuilder(headline());
    for (StateSize size : sizes) {
      out.append("; ").append(size);
    }
    return out.append('\n').toString();
  }

  private String headline() {
    return spec.getSimpleName() + ": " + tries + (tries == 1 ? " try, " : " tries, ")
        + steps + (steps == 1 ? " step" : " steps")
        + "; sequence length min " + shortest + ", median " + median + ", max " + longest;
  }

  /**
   * The figures as a compact table: the {@link #summary}, then one row per operation, as a run
   * prints them with {@code -Dmodelof.statistics=table}.
   */
  public String table() {
    StringBuilder out = new StringBuilder(summary());
    int nameWidth = Math.max("operation".length(), operations.stream().mapToInt(c -> c.name().length()).max().orElse(0));
    int ranWidth = Math.max("ran".length(),
        operations.stream().mapToInt(c -> Long.toString(c.ran()).length()).max().orElse(0));
    boolean refusals = operations.stream().anyMatch(c -> c.refused() + c.withoutHandle() > 0);
    out.append("  ").append(pad("operation", nameWidth)).append("  ").append(padLeft("ran", ranWidth));
    out.append(refusals ? "  could not run\n" : "\n");
    for (OperationCount count : operations) {
      out.append("  ").append(pad(count.name(), nameWidth)).append("  ").append(padLeft(Long.toString(count.ran()), ranWidth));
      long couldNot = count.refused() + count.withoutHandle();
      if (couldNot > 0) {
        out.append(String.format(Locale.ROOT, "  %d of %d draws (%.0f%%): ", couldNot, count.drawn(),
            100.0 * couldNot / count.drawn()));
        if (count.refused() > 0 && count.withoutHandle() > 0) {
          out.append(count.refused()).append(" precondition false, ").append(count.withoutHandle()).append(" no handle yet");
        } else {
          out.append(count.refused() > 0 ? "precondition false" : "no handle yet");
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }

  private static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - text.length())) + text;
  }
}

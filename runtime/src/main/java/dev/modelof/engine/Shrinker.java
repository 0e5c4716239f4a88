package dev.modelof.engine;

import dev.modelof.Failure;
import dev.modelof.Gen;
import dev.modelof.Handle;
import dev.modelof.Setup;
import dev.modelof.engine.generation.Composite;
import dev.modelof.internal.Machine;
import dev.modelof.internal.OperationInfo;
import dev.modelof.internal.ParameterInfo;
import dev.modelof.internal.ResultKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Makes a failing sequence smaller until no single change keeps it failing: drops chunks of steps,
 * then single steps; shrinks values that recur together (whole arguments, or parts of them such as
 * a component of two records), then each argument and each setup argument on its own; when none
 * of that helps, tries steps as simpler operations, or as others where the failure then shows
 * earlier, then a simpler setup with one step fewer;
 * repeats until nothing shrinks. That failure is 1-minimal, not always shortest: then it looks for
 * a shorter one that no single change reaches (from another setup value, in a simpler order,
 * without a pair of steps, without a step and with arguments following the results they came from,
 * among drawn reorderings one step shorter, without a step that takes an amount, added to others,
 * with a run of steps as one step, with an argument another step used) and, after each find,
 * shrinks again. Where it chooses between failures, it prefers the one
 * {@link ResultOrder} puts first: fewer steps, simpler operations, smaller values. Every candidate
 * is replayed from scratch,
 * and one whose steps cannot all run (a false precondition, a handle whose step was dropped) is
 * rejected, so every kept step's precondition holds. A candidate must fail the same way as the
 * original (a disagreement, a failed build, a failed close, a hang), so shrinking never slips from
 * one bug to another.
 */
final class Shrinker<M, I, O> {
  /** Upper bound on replays for one failure, so a pathological case still ends. */
  static final int MAX_REPLAYS = 50_000;
  /** How many random tries look for a failure from a simpler setup value, each counted as a replay. */
  static final int SEARCH_TRIES = 20;
  /** How many candidates per step of a failure the last search for a shorter one draws. */
  static final int REORDER_TRIES_PER_STEP = 10;
  /** The seed of those tries: any fixed one, so that a failure always shrinks the same way. */
  private static final long SEARCH_SEED = 0x5EA5C4L;

  private final Machine<M, I, O> machine;
  private final Replayer<M, I, O> replayer;
  private Setup setup;
  private List<Step<O>> steps;
  private Trace trace;
  private final Failure.Kind kind;
  /** Whether the passes that trade one failure for another, shorter one run: off only to measure them. */
  private final boolean shortest;
  /** Whether the last of them, {@link #reorderedShorter}, runs: off only to measure it. */
  private final boolean reordering;
  /** Whether this shrinker may try other setup values; off inside such a try. */
  private final boolean otherSetups;
  /** The smallest failing sequence so far, for a watchdog that abandons this shrinker. */
  private volatile Best<O> best;
  /** The candidates replayed so far that did not fail as the original did. */
  private final Set<Tried> passed;
  /** The setup and steps this shrinker started from. */
  private final Best<O> original;
  /** What stopped {@link #shrink}, or null. */
  private Throwable stoppedBy;
  /** The setups {@link #search} looked for a failure from. */
  private final Set<Setup> searched = new HashSet<>();

  /** A failing setup and sequence with its trace. */
  record Best<O>(Setup setup, List<Step<O>> steps, Trace trace) {}

  private record Tried(Setup setup, List<?> steps) {}

  Shrinker(Machine<M, I, O> machine, Replayer<M, I, O> replayer, Setup setup, List<Step<O>> steps, Trace trace) {
    this(machine, replayer, setup, steps, trace, Engine.Shrinking.ALL);
  }

  /** @param passes which passes run: all but to measure what the others cost and gain */
  Shrinker(Machine<M, I, O> machine, Replayer<M, I, O> replayer, Setup setup, List<Step<O>> steps, Trace trace,
      Engine.Shrinking passes) {
    this(machine, replayer, setup, steps, trace, passes != Engine.Shrinking.ONE_MINIMAL,
        passes == Engine.Shrinking.ALL, passes != Engine.Shrinking.ONE_MINIMAL, new HashSet<>());
  }

  private Shrinker(Machine<M, I, O> machine, Replayer<M, I, O> replayer, Setup setup, List<Step<O>> steps,
      Trace trace, boolean shortest, boolean reordering, boolean otherSetups, Set<Tried> passed) {
    this.machine = machine;
    this.replayer = replayer;
    this.setup = setup;
    this.steps = List.copyOf(steps.subList(0, trace.events().size()));
    this.trace = trace;
    this.kind = trace.kind();
    this.shortest = shortest;
    this.reordering = reordering;
    this.otherSetups = otherSetups;
    this.passed = passed;
    this.best = new Best<>(setup, this.steps, trace);
    this.original = best;
  }

  /** The smallest failing sequence found so far; safe to read from another thread. */
  Best<O> best() {
    return best;
  }

  Setup setup() {
    return setup;
  }

  List<Step<O>> steps() {
    return steps;
  }

  /** The trace of the smallest failing sequence found. */
  Trace trace() {
    return trace;
  }

  /**
   * Shrinks to a 1-minimal failure, then looks for a shorter or simpler one that no single change
   * reaches: from another setup value, with steps in a simpler order, without a pair of steps,
   * without a step and with arguments following results, among drawn reorderings one step shorter,
   * without a step that takes an amount, added to others, with a run of steps as one step of
   * another operation, with an argument another step used; after each find, shrinks to a 1-minimal
   * failure again. The passes that cost least for what they find come first, so that a failure
   * already at its shortest costs a few hundred replays more. What a generator's {@code shrink}
   * (or a value's {@code hashCode}, or any code of the shrinker's) throws stops shrinking where it
   * stands ({@link #stoppedBy}): the smallest failure so far is reported.
   */
  void shrink() {
    try {
      shrinkAll();
    } catch (Watch.Abandoned abandoned) {
      throw abandoned;
    } catch (Exception | Error e) {
      stoppedBy = Execution.rethrowFatal(e);
    }
  }

  /** What stopped {@link #shrink} before it was done, or null. */
  Throwable stoppedBy() {
    return stoppedBy;
  }

  private void shrinkAll() {
    shrinkLocally();
    boolean progress = shortest;
    while (progress && !exhausted()) {
      progress = (otherSetups && otherSetupValues()) || sortSteps() || dropPairs()
          || (reordering && (dropFollowingResults() || reorderedShorter())) || spreadAmounts() || replaceRuns()
          || replaceArguments();
      if (progress) {
        shrinkLocally();
      }
    }
  }

  /** Shrinks until no single change (a step or run of steps dropped, a value made simpler) keeps it failing. */
  private void shrinkLocally() {
    boolean progress = true;
    while (progress && !exhausted()) {
      progress = dropSteps();
      progress |= shrinkRecurringValues();
      progress |= shrinkEachValue();
      if (!progress) {
        progress = simplerOperations();
      }
      if (!progress) {
        progress = shrinkSetupWithoutAStep();
      }
    }
  }

  /**
   * Escapes a local minimum where the failure shows through another operation: tries each step as
   * a simpler operation, one with fewer parameters (a {@code get(1)} that fails because the
   * count is wrong becomes {@code size()}), or declared earlier with parameters of the same
   * generators, called with the same arguments. Any other operation that takes no parameters or
   * the same kinds is kept only where the failure then shows at that step or earlier, with fewer
   * steps: {@code push, push, pop, pop} becomes {@code push, push, size}. Each change makes the
   * sequence simpler or shorter, so this cannot go round in circles.
   */
  private boolean simplerOperations() {
    List<OperationInfo> operations = machine.operations();
    for (int i = steps.size() - 1; i >= 0; i--) {
      Step<O> step = steps.get(i);
      int index = machine.indexOf(step.op());
      List<ParameterInfo> params = operations.get(index).parameters();
      for (int other = 0; other < operations.size(); other++) {
        List<ParameterInfo> otherParams = operations.get(other).parameters();
        boolean simpler = otherParams.isEmpty() ? !params.isEmpty() || other < index
            : other < index && sameKinds(otherParams, params);
        boolean shorter = !simpler && other != index && i < steps.size() - 1
            && (otherParams.isEmpty() || sameKinds(otherParams, params));
        if (simpler || shorter) {
          List<Step<O>> candidate = new ArrayList<>(steps);
          List<Object> args = otherParams.isEmpty() ? List.of() : machine.argumentsOf(step.op());
          candidate.set(i, new Step<>(step.id(), machine.operation(other, args)));
          if (accept(setup, candidate, simpler ? candidate.size() : i + 1)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether two parameter lists take the same values: equal generators, or handles of one type. */
  private static boolean sameKinds(List<ParameterInfo> a, List<ParameterInfo> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!Objects.equals(a.get(i).gen(), b.get(i).gen()) || !Objects.equals(a.get(i).handleType(), b.get(i).handleType())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Escapes a local minimum where a smaller setup (a smaller capacity, say) fails only with one
   * step fewer: tries each simpler setup value together with each single step dropped.
   */
  private boolean shrinkSetupWithoutAStep() {
    for (int arg = 0; arg < setup.args().size(); arg++) {
      for (Object candidate : candidates(new Place(-1, arg))) {
        Setup smaller = setup.with(arg, candidate);
        for (int drop = steps.size() - 1; drop >= 0; drop--) {
          List<Step<O>> fewer = new ArrayList<>(steps);
          fewer.remove(drop);
          if (accept(smaller, fewer)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Drops two steps that are not neighbours (a run of two goes in {@link #dropSteps}): a {@code put}
   * and the {@code remove} that undoes it, which only matter together.
   */
  private boolean dropPairs() {
    for (int second = steps.size() - 1; second >= 2; second--) {
      for (int first = second - 2; first >= 0 && second < steps.size(); first--) {
        List<Step<O>> fewer = new ArrayList<>(steps);
        fewer.remove(second);
        fewer.remove(first);
        if (accept(setup, fewer)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Replaces a run of two or three steps by one step of another operation: one that takes no
   * parameters, or the same kinds as a step of the run, called with that step's arguments ({@code
   * push, pop} becomes {@code size}; {@link #simplerOperations} does this for a run of one).
   */
  private boolean replaceRuns() {
    List<OperationInfo> operations = machine.operations();
    for (int length = 3; length >= 2; length--) {
      for (int start = steps.size() - length; start >= 0; start--) {
        for (int other = 0; other < operations.size(); other++) {
          List<ParameterInfo> otherParams = operations.get(other).parameters();
          Set<List<Object>> argumentLists = new LinkedHashSet<>();
          if (otherParams.isEmpty()) {
            argumentLists.add(List.of());
          }
          for (int k = start; k < start + length && !otherParams.isEmpty(); k++) {
            O op = steps.get(k).op();
            int index = machine.indexOf(op);
            if (index != other && sameKinds(otherParams, operations.get(index).parameters())) {
              argumentLists.add(machine.argumentsOf(op));
            }
          }
          for (List<Object> args : argumentLists) {
            List<Step<O>> candidate = new ArrayList<>(steps.subList(0, start));
            candidate.add(new Step<>(steps.get(start + length - 1).id(), machine.operation(other, args)));
            candidate.addAll(steps.subList(start + length, steps.size()));
            if (accept(setup, candidate)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /**
   * Gives an argument a value a step of another operation used for the same generator, then drops
   * one other step that uses the old or the new value: two steps that differ in a value can become
   * one that a third step undoes or repeats, so that a step goes which no single change could drop.
   * A replacement that fails sooner is kept at once.
   */
  private boolean replaceArguments() {
    for (int step = steps.size() - 1; step >= 0; step--) {
      O op = steps.get(step).op();
      List<ParameterInfo> params = machine.operations().get(machine.indexOf(op)).parameters();
      List<Object> args = machine.argumentsOf(op);
      for (int arg = 0; arg < params.size() && step < steps.size(); arg++) {
        if (params.get(arg).isHandle()) {
          continue;
        }
        for (Object value : usedElsewhere(machine.indexOf(op), params.get(arg).gen(), args.get(arg))) {
          Candidate replaced = with(new Place(step, arg), value);
          Trace failing = failing(replaced.setup, replaced.steps);
          if (failing == null) {
            continue;
          }
          if (failing.events().size() < replaced.steps.size()) {
            return accept(replaced);
          }
          for (int drop = replaced.steps.size() - 1; drop >= 0; drop--) {
            if (drop != step && uses(replaced.steps.get(drop), params.get(arg).gen(), value, args.get(arg))) {
              List<Step<O>> fewer = new ArrayList<>(replaced.steps);
              fewer.remove(drop);
              if (accept(setup, fewer)) {
                return true;
              }
            }
          }
        }
      }
    }
    return false;
  }

  /**
   * Moves a step before an earlier step of the same operation whose arguments are larger, where the
   * sequence still fails: the same steps in a simpler order (smaller values first), from which
   * others can go that could not before ({@code put}s of a B-tree in another order build another
   * shape). Steps of an operation that makes or takes handles stay where they are, so that the ids
   * handles refer to keep their order.
   */
  private boolean sortSteps() {
    boolean changed = false;
    for (int j = 1; j < steps.size(); j++) {
      for (int i = 0; i < j && j < steps.size(); i++) {
        O a = steps.get(i).op();
        O b = steps.get(j).op();
        OperationInfo operation = machine.operations().get(machine.indexOf(b));
        if (machine.indexOf(a) == machine.indexOf(b) && operation.resultKind() != ResultKind.REF
            && operation.parameters().stream().noneMatch(ParameterInfo::isHandle)
            && ResultOrder.compareArguments(machine.argumentsOf(b), machine.argumentsOf(a)) < 0) {
          List<Step<O>> moved = new ArrayList<>(steps);
          moved.add(i, moved.remove(j));
          if (accept(setup, moved, moved.size())) {
            changed = true;
            break;
          }
        }
      }
    }
    return changed;
  }

  /**
   * Drops a step and lets the arguments that were results of other steps follow them: where a
   * later step passed a value an earlier step returned (an id a {@code register} handed out), and
   * without the dropped step that earlier step returns another, the later step passes the new one.
   * Repeated as the run goes further, so that each argument follows the result it came from; a
   * value counts as a result when the model returned it. Nothing here knows what the values mean:
   * a value that only happens to equal a result is changed too, and the replay decides.
   */
  private boolean dropFollowingResults() {
    List<Event> events = trace.events();
    for (int drop = steps.size() - 1; drop >= 0 && !exhausted(); drop--) {
      List<Step<O>> candidate = new ArrayList<>(steps);
      candidate.remove(drop);
      List<Object> before = new ArrayList<>();
      for (int k = 0; k < events.size(); k++) {
        if (k != drop) {
          before.add(events.get(k).modelResult());
        }
      }
      Map<Object, Object> followed = new LinkedHashMap<>();
      for (int round = 0; round < candidate.size() && !exhausted(); round++) {
        Tried tried = new Tried(setup, List.copyOf(candidate));
        if (round > 0 && passedBefore(tried)) {
          break;
        }
        Trace run = replayer.replay(setup, candidate);
        if (run.kind() == kind) {
          if (run.events().size() <= candidate.size()) {
            keep(setup, candidate, run);
            return true;
          }
          break;
        }
        passedNow(tried);
        for (int k = 0; k < run.events().size() && k < before.size(); k++) {
          Object was = before.get(k);
          Object now = run.events().get(k).modelResult();
          if (was != null && now != null && !was.equals(now)) {
            followed.putIfAbsent(was, now);
          }
        }
        List<Step<O>> next = following(candidate, drop, followed);
        if (next.equals(candidate)) {
          break;
        }
        candidate = next;
      }
    }
    return false;
  }

  /** {@code candidate} with each argument of a step from {@code from} on that {@code followed} maps replaced. */
  private List<Step<O>> following(List<Step<O>> candidate, int from, Map<Object, Object> followed) {
    List<Step<O>> next = new ArrayList<>(candidate);
    for (int k = from; k < next.size() && !followed.isEmpty(); k++) {
      O op = next.get(k).op();
      int index = machine.indexOf(op);
      List<ParameterInfo> params = machine.operations().get(index).parameters();
      List<Object> args = new ArrayList<>(machine.argumentsOf(op));
      boolean changed = false;
      for (int arg = 0; arg < args.size(); arg++) {
        Object now = args.get(arg) == null ? null : followed.get(args.get(arg));
        if (!params.get(arg).isHandle() && now != null && now.getClass() == args.get(arg).getClass()) {
          args.set(arg, now);
          changed = true;
        }
      }
      if (changed) {
        next.set(k, new Step<>(next.get(k).id(), machine.operation(index, args)));
      }
    }
    return next;
  }

  /**
   * Draws candidates one step shorter ({@link Reordering}: a step dropped, the steps of one
   * operation in another order) and keeps the first that fails as the original did: a shorter
   * failure that puts the same values in a wholly different order, which no change of one or two
   * steps reaches. {@link #REORDER_TRIES_PER_STEP} draws per step of the failure, from a source
   * seeded by the failure's length alone, so the result depends only on the failure; a draw made
   * before is not replayed again.
   */
  private boolean reorderedShorter() {
    if (steps.size() < 2) {
      return false;
    }
    SplittableRandom random = new SplittableRandom(SEARCH_SEED + steps.size());
    Set<List<Step<O>>> drawn = new HashSet<>();
    for (int draw = 0; draw < REORDER_TRIES_PER_STEP * steps.size() && !exhausted(); draw++) {
      List<Step<O>> candidate = Reordering.draw(machine, steps, random);
      if (firstTime(drawn, candidate) && accept(setup, candidate)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops a step of an operation whose one parameter is a whole number and adds its argument to the
   * other steps of that operation, the nearest first, each as far as its generator's bound allows:
   * {@code add(1), add(4), add(4), add(4)} past a cap of 12 (with amounts up to 5) become {@code
   * add(3), add(5), add(5)}, which no single change reaches (each step dropped, or each value made
   * smaller, and the sum stays within the cap). Such an operation often takes an amount ({@code
   * add}, {@code skip}, {@code deposit}); for any other, a step costs one replay.
   */
  private boolean spreadAmounts() {
    for (int drop = steps.size() - 1; drop >= 0; drop--) {
      int operation = machine.indexOf(steps.get(drop).op());
      List<ParameterInfo> params = machine.operations().get(operation).parameters();
      WholeNumbers numbers =
          params.size() == 1 && !params.get(0).isHandle() ? WholeNumbers.of(params.get(0).gen()) : null;
      // not longs: a bound minus a value can overflow
      if (numbers == null || numbers.type() == Long.class
          || !(machine.argumentsOf(steps.get(drop).op()).get(0) instanceof Number amount)) {
        continue;
      }
      Candidate spread = new Candidate(setup, steps);
      long left = amount.longValue();
      for (int distance = 1; distance < steps.size() && left != 0; distance++) {
        for (int at : new int[] {drop - distance, drop + distance}) {
          if (at >= 0 && at < steps.size() && left != 0 && machine.indexOf(steps.get(at).op()) == operation) {
            long value = ((Number) machine.argumentsOf(steps.get(at).op()).get(0)).longValue();
            long moved = left > 0 ? Math.min(left, Math.max(0, numbers.max() - value))
                : Math.max(left, Math.min(0, numbers.min() - value));
            if (moved != 0) {
              spread = spread.with(new Place(at, 0), numbers.box(value + moved));
              left -= moved;
            }
          }
        }
      }
      if (left == 0 && amount.longValue() != 0) {
        List<Step<O>> fewer = new ArrayList<>(spread.steps);
        fewer.remove(drop);
        if (accept(setup, fewer)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code tried} was replayed before and did not fail as the original did; false when a
   * value's {@code hashCode} or {@code equals} throws, and the candidate is replayed again.
   */
  private boolean passedBefore(Tried tried) {
    try {
      return passed.contains(tried);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private void passedNow(Tried tried) {
    firstTime(passed, tried);
  }

  /** Adds {@code element}: false when it was there; true when a value's {@code hashCode} or {@code equals} throws. */
  private static <T> boolean firstTime(Set<T> set, T element) {
    try {
      return set.add(element);
    } catch (RuntimeException e) {
      return true;
    }
  }

  /** Whether {@code step} passes {@code a} or {@code b} for a parameter of {@code gen}. */
  private boolean uses(Step<O> step, Gen<?> gen, Object a, Object b) {
    List<ParameterInfo> params = machine.operations().get(machine.indexOf(step.op())).parameters();
    List<Object> args = machine.argumentsOf(step.op());
    for (int arg = 0; arg < params.size(); arg++) {
      if (!params.get(arg).isHandle() && params.get(arg).gen().equals(gen)
          && (Objects.equals(args.get(arg), a) || Objects.equals(args.get(arg), b))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The values steps of operations other than {@code operation} pass for parameters of {@code gen},
   * other than {@code value}, in step order: the key of a {@code remove} for a {@code put}.
   */
  private Set<Object> usedElsewhere(int operation, Gen<?> gen, Object value) {
    Set<Object> values = new LinkedHashSet<>();
    for (int other = 0; other < steps.size(); other++) {
      O op = steps.get(other).op();
      if (machine.indexOf(op) == operation) {
        continue;
      }
      List<ParameterInfo> params = machine.operations().get(machine.indexOf(op)).parameters();
      List<Object> args = machine.argumentsOf(op);
      for (int arg = 0; arg < params.size(); arg++) {
        if (!params.get(arg).isHandle() && params.get(arg).gen().equals(gen)) {
          values.add(args.get(arg));
        }
      }
    }
    values.remove(value);
    return values;
  }

  /**
   * Tries the other values of each setup parameter with a small domain ({@link SetupDomain}): where
   * the steps fail from one (or, for a value the generator calls simpler, the steps this shrinker
   * started from), shrinks that failure to its own minimum (without trying other setups again) and
   * keeps the one that comes first in {@link ResultOrder}, if it comes before this one. A
   * shrinker only ever lowers a setup value; this raises one where that lets the steps that built it
   * up go ({@code initial = 3} and two {@code inc}s rather than {@code initial = 0} and five).
   */
  private boolean otherSetupValues() {
    Best<O> chosen = best;
    for (int arg = 0; arg < setup.args().size() && stoppedBy == null; arg++) {
      ParameterInfo param = machine.setups().get(setup.index()).parameters().get(arg);
      List<Object> simpler = shrinks(param.gen(), setup.args().get(arg));
      for (Object value : SetupDomain.others(param.gen(), setup.args().get(arg))) {
        Setup other = setup.with(arg, value);
        List<Step<O>> from = steps;
        Trace failing = failing(other, from);
        if (failing == null && simpler.contains(value) && original.setup().index() == setup.index()) {
          from = original.steps();
          failing = failing(other, from);
        }
        if (failing == null && simpler.contains(value) && firstTime(searched, other)) {
          from = search(other);
          failing = from == null ? null : failing(other, from);
        }
        if (failing == null) {
          continue;
        }
        Shrinker<M, I, O> there = new Shrinker<>(machine, replayer, other, from, failing, true, reordering, false, passed);
        there.shrink();
        Best<O> shrunk = there.best();
        if (ResultOrder.compare(machine, shrunk.setup(), shrunk.steps(), chosen.setup(), chosen.steps()) < 0) {
          chosen = shrunk;
        }
        // what stopped it stops this shrinker too, once it has taken the smaller failure found
        stoppedBy = there.stoppedBy();
        if (stoppedBy != null) {
          break;
        }
      }
    }
    if (chosen == best) {
      return false;
    }
    setup = chosen.setup();
    steps = chosen.steps();
    trace = chosen.trace();
    best = chosen;
    return true;
  }

  /**
   * The steps of a random try from {@code fixed} that fails as the original did, or null when
   * {@link #SEARCH_TRIES} tries as long as the first failing one find none: for a simpler setup
   * value that none of the sequences the shrinker has fails from (a B-tree bug found at degree 3
   * needs other {@code put}s at degree 2). The tries are drawn from seeds of their own, so the
   * result depends only on the failure. Not for a hang, nor after one: a try that hangs is not run
   * again.
   */
  private List<Step<O>> search(Setup fixed) {
    if (kind == Failure.Kind.TIMEOUT || replayer.restarted() || fixed.args().contains(null)) {
      return null;
    }
    PinnedSetup<M, I, O> pinned = new PinnedSetup<>(machine, fixed);
    Plan plan = new Plan(pinned);
    int length = Math.max(original.steps().size(), 1);
    for (int number = 1; number <= SEARCH_TRIES && !exhausted(); number++) {
      int size = 1 + 99 * (number - 1) / (SEARCH_TRIES - 1);
      Runner.Try origin = new Runner.Try(SEARCH_SEED, number, size, length);
      Attempt<M, I, O> attempt = new Attempt<>(pinned, plan, origin, true, null);
      Trace found = replayer.run(attempt);
      if (found.kind() == kind) {
        return attempt.steps(found);
      }
    }
    return null;
  }

  /** The trace of the candidate when it fails as the original did, else null; replays it once at most. */
  private Trace failing(Setup candidateSetup, List<Step<O>> candidateSteps) {
    Tried tried = new Tried(candidateSetup, List.copyOf(candidateSteps));
    if (exhausted() || passedBefore(tried)) {
      return null;
    }
    Trace candidate = replayer.replay(candidateSetup, candidateSteps);
    if (candidate.kind() != kind) {
      passedNow(tried);
      return null;
    }
    return candidate;
  }

  /** Whether shrinking is over: its replays used up, or a shrinker of another setup value stopped. */
  private boolean exhausted() {
    return replayer.replays() >= MAX_REPLAYS || stoppedBy != null;
  }

  /**
   * Replays the candidate; keeps it, cut at its failing step, when it fails as the original did. A
   * candidate replayed before without failing so is not replayed again: a replay of the same setup
   * and steps does the same, and later rounds of {@link #shrink} meet many of the same candidates.
   */
  private boolean accept(Setup candidateSetup, List<Step<O>> candidateSteps) {
    return accept(candidateSetup, candidateSteps, candidateSteps.size());
  }

  /** As {@link #accept(Setup, List)}, keeping the candidate only when it fails within its first {@code atMost} steps. */
  private boolean accept(Setup candidateSetup, List<Step<O>> candidateSteps, int atMost) {
    if (exhausted()) {
      return false;
    }
    Tried tried = new Tried(candidateSetup, List.copyOf(candidateSteps));
    if (passedBefore(tried)) {
      return false;
    }
    Trace candidate = replayer.replay(candidateSetup, candidateSteps);
    if (candidate.kind() != kind) {
      passedNow(tried);
      return false;
    }
    if (candidate.events().size() > atMost) {
      return false;
    }
    keep(candidateSetup, candidateSteps, candidate);
    return true;
  }

  /** Keeps a failing candidate, cut at its failing step. */
  private void keep(Setup candidateSetup, List<Step<O>> candidateSteps, Trace failing) {
    setup = candidateSetup;
    steps = List.copyOf(candidateSteps.subList(0, failing.events().size()));
    trace = failing;
    best = new Best<>(setup, steps, trace);
  }

  /**
   * Drops runs of steps, longest first: half the sequence, a quarter, and so on down to one, and
   * always runs of three and two, so that a pair of steps that only go together (an open and its
   * close, an add and its remove) can leave together.
   */
  private boolean dropSteps() {
    boolean changed = false;
    for (int chunk : chunkSizes(steps.size())) {
      int start = steps.size() - chunk;
      while (start >= 0) {
        List<Step<O>> candidate = new ArrayList<>(steps.subList(0, start));
        candidate.addAll(steps.subList(start + chunk, steps.size()));
        if (accept(setup, candidate)) {
          changed = true;
          start = Math.min(start, steps.size() - chunk);
        } else {
          start--;
        }
      }
    }
    return changed;
  }

  static List<Integer> chunkSizes(int length) {
    TreeSet<Integer> sizes = new TreeSet<>(Comparator.reverseOrder());
    for (int chunk = length / 2; chunk >= 1; chunk /= 2) {
      sizes.add(chunk);
    }
    sizes.add(1);
    for (int small = 2; small <= 3 && small < length; small++) {
      sizes.add(small);
    }
    return List.copyOf(sizes);
  }

  /** A place a value stands: an argument of a step, or of the setup when {@code step} is -1. */
  private record Place(int step, int arg) {}

  private boolean shrinkEachValue() {
    boolean changed = false;
    for (int arg = 0; arg < setup.args().size(); arg++) {
      changed |= shrinkPlace(new Place(-1, arg));
    }
    for (int step = 0; step < steps.size(); step++) {
      int arity = machine.operations().get(machine.indexOf(steps.get(step).op())).parameters().size();
      for (int arg = 0; arg < arity && step < steps.size(); arg++) {
        changed |= shrinkPlace(new Place(step, arg));
      }
    }
    return changed;
  }

  /** Tries each simpler value at one place, again from the new value after each success. */
  private boolean shrinkPlace(Place place) {
    boolean changed = false;
    boolean progress = true;
    while (progress && place.step() < steps.size()) {
      progress = false;
      for (Object candidate : candidates(place)) {
        if (accept(with(place, candidate))) {
          changed = progress = true;
          break;
        }
      }
    }
    return changed;
  }

  /**
   * A value inside the argument at {@code place}: the argument itself for an empty {@code path},
   * else the part reached through {@link Composite} generators by the part indexes of the path.
   */
  private record Part(Place place, List<Integer> path, Gen<?> gen, Object value) {}

  private boolean shrinkRecurringValues() {
    boolean changed = false;
    boolean progress = true;
    while (progress && !exhausted()) {
      progress = false;
      for (List<Part> parts : recurringValues().values()) {
        Part first = parts.get(0);
        for (Object candidate : shrinks(first.gen(), first.value())) {
          Candidate next = new Candidate(setup, steps);
          for (Part part : parts) {
            next = next == null ? null : next.with(part, candidate);
          }
          if (next != null && accept(next)) {
            changed = progress = true;
            break;
          }
        }
        if (progress) {
          break;
        }
      }
    }
    return changed;
  }

  @SuppressWarnings("unchecked") // value came from gen
  private static List<Object> shrinks(Gen<?> gen, Object value) {
    return ((Gen<Object>) gen).shrink(value);
  }

  /**
   * ValueText from the same generator that recur, where there are two or more: whole arguments, and
   * parts of composite arguments (the x of two points).
   */
  private Map<List<Object>, List<Part>> recurringValues() {
    Map<List<Object>, List<Part>> byValue = new LinkedHashMap<>();
    for (int arg = 0; arg < setup.args().size(); arg++) {
      ParameterInfo param = machine.setups().get(setup.index()).parameters().get(arg);
      collect(byValue, new Place(-1, arg), List.of(), param.gen(), setup.args().get(arg));
    }
    for (int step = 0; step < steps.size(); step++) {
      O op = steps.get(step).op();
      List<ParameterInfo> params = machine.operations().get(machine.indexOf(op)).parameters();
      List<Object> args = machine.argumentsOf(op);
      for (int arg = 0; arg < params.size(); arg++) {
        if (!params.get(arg).isHandle()) {
          collect(byValue, new Place(step, arg), List.of(), params.get(arg).gen(), args.get(arg));
        }
      }
    }
    byValue.values().removeIf(places -> places.size() < 2);
    return byValue;
  }

  @SuppressWarnings("unchecked") // value came from gen
  private static void collect(Map<List<Object>, List<Part>> byValue, Place place, List<Integer> path, Gen<?> gen,
      Object value) {
    byValue.computeIfAbsent(Arrays.asList(gen, value), k -> new ArrayList<>()).add(new Part(place, path, gen, value));
    if (gen instanceof Composite<?> composite) {
      List<?> parts = ((Composite<Object>) composite).parts(value);
      for (int i = 0; i < parts.size(); i++) {
        List<Integer> deeper = new ArrayList<>(path);
        deeper.add(i);
        collect(byValue, place, List.copyOf(deeper), ((Composite<Object>) composite).partGen(value, i), parts.get(i));
      }
    }
  }

  /** Simpler values for a place: the generator's shrinks, or earlier handles of the same type. */
  @SuppressWarnings("unchecked") // a place's value came from the generator of its parameter
  private List<Object> candidates(Place place) {
    if (place.step() < 0) {
      ParameterInfo param = machine.setups().get(setup.index()).parameters().get(place.arg());
      return ((Gen<Object>) param.gen()).shrink(setup.args().get(place.arg()));
    }
    Step<O> step = steps.get(place.step());
    OperationInfo operation = machine.operations().get(machine.indexOf(step.op()));
    ParameterInfo param = operation.parameters().get(place.arg());
    Object value = machine.argumentsOf(step.op()).get(place.arg());
    if (!param.isHandle()) {
      return ((Gen<Object>) param.gen()).shrink(value);
    }
    List<Object> earlier = new ArrayList<>();
    int current = ((Handle<?>) value).step();
    for (Step<O> before : steps.subList(0, place.step())) {
      OperationInfo made = machine.operations().get(machine.indexOf(before.op()));
      if (before.id() < current && made.resultKind() == ResultKind.REF
          && Objects.equals(made.handleType(), param.handleType())) {
        earlier.add(new Handle<>(before.id()));
      }
    }
    return earlier;
  }

  private Candidate with(Place place, Object value) {
    return new Candidate(setup, steps).with(place, value);
  }

  private boolean accept(Candidate candidate) {
    return accept(candidate.setup, candidate.steps);
  }

  /** A setup and steps under construction. */
  private final class Candidate {
    final Setup setup;
    final List<Step<O>> steps;

    Candidate(Setup setup, List<Step<O>> steps) {
      this.setup = setup;
      this.steps = steps;
    }

    /** This candidate with {@code value} in place of {@code part}; null when a composite rejects it. */
    Candidate with(Part part, Object value) {
      Object replaced = replace(gen(part.place()), valueAt(part.place()), part.path(), 0, value);
      return replaced == null ? null : with(part.place(), replaced);
    }

    @SuppressWarnings("unchecked") // each part came from its composite's part generator
    private Object replace(Gen<?> gen, Object whole, List<Integer> path, int depth, Object value) {
      if (depth == path.size()) {
        return value;
      }
      Composite<Object> composite = (Composite<Object>) gen;
      int index = path.get(depth);
      Object part = replace(composite.partGen(whole, index), composite.parts(whole).get(index), path, depth + 1, value);
      return part == null ? null : composite.withPart(whole, index, part);
    }

    private Object valueAt(Place place) {
      return place.step() < 0 ? setup.args().get(place.arg())
          : machine.argumentsOf(steps.get(place.step()).op()).get(place.arg());
    }

    private Gen<?> gen(Place place) {
      return place.step() < 0 ? machine.setups().get(setup.index()).parameters().get(place.arg()).gen()
          : machine.operations().get(machine.indexOf(steps.get(place.step()).op())).parameters().get(place.arg()).gen();
    }

    Candidate with(Place place, Object value) {
      if (place.step() < 0) {
        return new Candidate(setup.with(place.arg(), value), steps);
      }
      Step<O> step = steps.get(place.step());
      List<Object> args = new ArrayList<>(machine.argumentsOf(step.op()));
      args.set(place.arg(), value);
      List<Step<O>> copy = new ArrayList<>(steps);
      copy.set(place.step(), new Step<>(step.id(), machine.operation(machine.indexOf(step.op()), args)));
      return new Candidate(setup, copy);
    }
  }
}

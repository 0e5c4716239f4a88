package dev.modelof.example.btree;

import dev.modelof.example.btree.bugs.BorrowLeftTakesWrongChild;
import dev.modelof.example.btree.bugs.BorrowRightLosesLastChild;
import dev.modelof.example.btree.bugs.MergeDropsLastChild;
import dev.modelof.example.btree.bugs.PredecessorSkipsFill;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Breadth-first search for the shortest call sequence, from an empty tree, on which a variant
 * disagrees with {@link TreeMap}. Steps are {@code put(k, v)} and {@code remove(k)} for keys in
 * {@code [0, keys)}, then any query ({@code get}, {@code containsKey}, {@code size}, {@code
 * firstKey}, {@code lastKey}, {@code floorKey}, {@code ceilingKey}) as the last step. States are
 * told apart by the tree's rendering and the model's contents, so every distinct state is expanded
 * once and the length found is the true minimum for that key range.
 *
 * <p>A sequence of n calls uses at most n distinct keys, and the trees only compare keys, so
 * {@code keys >= n} (plus room for the queries between keys) makes the search exhaustive for
 * lengths up to n.
 */
final class ShortestFailureSearch {

    /** A failing sequence, as Java statements, and its length in calls. */
    record Found(int length, List<String> calls, String why) {}

    private final IntFunction<? extends BTree> factory;
    private final int degree;
    private final int keys;
    private final boolean checkShape;

    /**
     * @param checkShape whether {@link BTree#checkShape()} is an invariant checked after every
     *     call, as a spec's {@code @Invariant} would be; otherwise only results are compared
     */
    ShortestFailureSearch(IntFunction<? extends BTree> factory, int degree, int keys,
        boolean checkShape) {
        this.factory = factory;
        this.degree = degree;
        this.keys = keys;
        this.checkShape = checkShape;
    }

    /** The shortest failing sequence of at most maxLength calls, or null if there is none. */
    Found search(int maxLength) {
        List<int[]> frontier = new ArrayList<>();
        frontier.add(new int[0]);
        Set<String> seen = new HashSet<>();
        for (int length = 1; length <= maxLength && !frontier.isEmpty(); length++) {
            List<int[]> next = new ArrayList<>();
            for (int[] seq : frontier) {
                // A query as the last call.
                Found q = query(seq);
                if (q != null) {
                    return q;
                }
                // Or one more mutating call.
                for (int step = 0; step < 2 * keys; step++) {
                    int[] longer = java.util.Arrays.copyOf(seq, seq.length + 1);
                    longer[seq.length] = step;
                    Run run = replay(longer);
                    if (run.failure != null) {
                        return new Found(longer.length, run.calls, run.failure);
                    }
                    if (seen.add(run.impl.toString() + "|" + run.model)) {
                        next.add(longer);
                    }
                }
            }
            frontier = next;
        }
        return null;
    }

    private static final class Run {
        BTree impl;
        TreeMap<Integer, Integer> model = new TreeMap<>();
        List<String> calls = new ArrayList<>();
        String failure;
    }

    /** Steps {@code 0..keys-1} put key {@code step}, steps {@code keys..} remove. */
    private Run replay(int[] seq) {
        Run run = new Run();
        run.impl = factory.apply(degree);
        for (int step : seq) {
            Object expected;
            Object actual;
            String call;
            try {
                if (step < keys) {
                    int k = step;
                    call = "put(" + k + ", " + value(k) + ")";
                    expected = run.model.put(k, value(k));
                    run.calls.add(call);
                    actual = run.impl.put(k, value(k));
                } else {
                    int k = step - keys;
                    call = "remove(" + k + ")";
                    expected = run.model.remove(k);
                    run.calls.add(call);
                    actual = run.impl.remove(k);
                }
            } catch (RuntimeException e) {
                run.failure = "threw " + e;
                return run;
            }
            if (!Objects.equals(expected, actual)) {
                run.failure = "returned " + actual + ", expected " + expected;
                return run;
            }
            if (checkShape) {
                String problem = run.impl.checkShape();
                if (problem != null) {
                    run.failure = "checkShape: " + problem + " in " + run.impl;
                    return run;
                }
            }
        }
        return run;
    }

    private static int value(int key) {
        return 100 + key;
    }

    private Found query(int[] seq) {
        Run run = replay(seq);
        BTree b = run.impl;
        TreeMap<Integer, Integer> m = run.model;
        List<Object[]> checks = new ArrayList<>();
        try {
            checks.add(new Object[] {"size()", m.size(), b.size()});
            checks.add(new Object[] {"firstKey()", m.isEmpty() ? null : m.firstKey(), b.firstKey()});
            checks.add(new Object[] {"lastKey()", m.isEmpty() ? null : m.lastKey(), b.lastKey()});
            for (int k = -1; k <= keys; k++) {
                checks.add(new Object[] {"get(" + k + ")", m.get(k), b.get(k)});
                checks.add(new Object[] {"containsKey(" + k + ")", m.containsKey(k),
                    b.containsKey(k)});
                checks.add(new Object[] {"floorKey(" + k + ")", m.floorKey(k), b.floorKey(k)});
                checks.add(new Object[] {"ceilingKey(" + k + ")", m.ceilingKey(k),
                    b.ceilingKey(k)});
            }
        } catch (RuntimeException e) {
            List<String> calls = new ArrayList<>(run.calls);
            calls.add("<a query>");
            return new Found(seq.length + 1, calls, "threw " + e);
        }
        for (Object[] c : checks) {
            if (!Objects.equals(c[1], c[2])) {
                List<String> calls = new ArrayList<>(run.calls);
                calls.add((String) c[0]);
                return new Found(seq.length + 1, calls,
                    "returned " + c[2] + ", expected " + c[1] + " in " + b);
            }
        }
        return null;
    }

    public static void main(String[] args) {
        int maxLength = args.length > 0 ? Integer.parseInt(args[0]) : 14;
        int keys = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        List<IntFunction<? extends BTree>> variants = List.of(
            MergeDropsLastChild::new, BorrowLeftTakesWrongChild::new,
            BorrowRightLosesLastChild::new, PredecessorSkipsFill::new);
        for (IntFunction<? extends BTree> v : variants) {
            for (int degree = 2; degree <= 3; degree++) {
                for (boolean inv : new boolean[] {true, false}) {
                    long start = System.nanoTime();
                    Found f = new ShortestFailureSearch(v, degree, keys, inv).search(maxLength);
                    System.out.printf("%s t=%d %s: %s (%d ms)%n",
                        v.apply(2).getClass().getSimpleName(), degree,
                        inv ? "with checkShape" : "results only",
                        f == null ? "none up to " + maxLength : f.length() + " calls " + f.calls()
                            + " -> " + f.why(),
                        (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
    }
}

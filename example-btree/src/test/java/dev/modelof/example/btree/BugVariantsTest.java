package dev.modelof.example.btree;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelof.example.btree.bugs.BorrowLeftTakesWrongChild;
import dev.modelof.example.btree.bugs.BorrowRightLosesLastChild;
import dev.modelof.example.btree.bugs.MergeDropsLastChild;
import dev.modelof.example.btree.bugs.PredecessorSkipsFill;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each known-bug variant is wrong, the correct tree is right on the same calls, and no sequence of
 * fewer than ten calls shows the bug.
 */
class BugVariantsTest {

    private static List<Call> with(List<Call> calls, Call... more) {
        List<Call> all = new ArrayList<>(calls);
        all.addAll(List.of(more));
        return all;
    }

    /**
     * For each variant, a shortest sequence that breaks {@link BTree#checkShape()}, and a shortest
     * one that shows the bug through results alone. Both were found by {@link
     * ShortestFailureSearch} with minimum degree 2.
     */
    static Stream<Arguments> variants() {
        return Stream.of(
            Arguments.of(
                Named.of("MergeDropsLastChild", (IntFunction<BTree>) MergeDropsLastChild::new),
                with(Call.puts(0, 1, 2, 3, 4, 5, 6, 7, 8), Call.remove(0)),
                with(Call.puts(0, 1, 2, 3, 4, 5, 6, 7, 8), Call.remove(4))),
            Arguments.of(
                Named.of("BorrowLeftTakesWrongChild",
                    (IntFunction<BTree>) BorrowLeftTakesWrongChild::new),
                with(Call.puts(0, 1, 2, 8, 9, 6, 7, 3, 4, 5), Call.remove(7)),
                with(Call.puts(0, 1, 2, 8, 9, 6, 7, 3, 4, 5), Call.remove(7), Call.get(4))),
            Arguments.of(
                Named.of("BorrowRightLosesLastChild",
                    (IntFunction<BTree>) BorrowRightLosesLastChild::new),
                with(Call.puts(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), Call.remove(0)),
                with(Call.puts(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), Call.remove(0), Call.lastKey())),
            Arguments.of(
                Named.of("PredecessorSkipsFill", (IntFunction<BTree>) PredecessorSkipsFill::new),
                with(Call.puts(0, 1, 2, 8, 9, 6, 7, 4, 5, 3), Call.remove(6)),
                with(Call.puts(0, 1, 2, 8, 9, 6, 7, 4, 5, 3), Call.remove(6), Call.remove(5))));
    }

    @ParameterizedTest
    @MethodSource("variants")
    void breaksTheShape(IntFunction<BTree> variant, List<Call> shapeCalls, List<Call> resultCalls) {
        String problem = Call.firstDisagreement(variant.apply(2), shapeCalls, true);
        assertNotNull(problem, "expected the variant to fail on " + shapeCalls);
        assertTrue(problem.contains("call " + shapeCalls.size() + " "), problem);
        assertNull(Call.firstDisagreement(new BTree(2), shapeCalls, true));
    }

    @ParameterizedTest
    @MethodSource("variants")
    void givesWrongResults(IntFunction<BTree> variant, List<Call> shapeCalls,
        List<Call> resultCalls) {
        String problem = Call.firstDisagreement(variant.apply(2), resultCalls, false);
        assertNotNull(problem, "expected the variant to fail on " + resultCalls);
        assertTrue(problem.startsWith("call " + resultCalls.size() + " "), problem);
        assertNull(Call.firstDisagreement(new BTree(2), resultCalls, true));
    }

    // [btree-exhaustive-search]
    /** Exhaustive over put/remove of keys 0..11 with any query last: nothing under ten calls. */
    @ParameterizedTest
    @MethodSource("variants")
    void hidesFromSequencesShorterThanTen(IntFunction<BTree> variant, List<Call> shapeCalls,
        List<Call> resultCalls) {
        for (int degree = 2; degree <= 3; degree++) {
            ShortestFailureSearch.Found found =
                new ShortestFailureSearch(variant, degree, 12, true).search(9);
            assertNull(found, () -> "failed early: " + found);
        }
    }
    // [/btree-exhaustive-search]

    /** Bugs show with larger degrees too, on longer sequences. */
    @ParameterizedTest
    @MethodSource("variants")
    void failsRandomDifferentialTestsAtEveryDegree(IntFunction<BTree> variant,
        List<Call> shapeCalls, List<Call> resultCalls) {
        for (int degree = 2; degree <= 4; degree++) {
            BTree tree = variant.apply(degree);
            java.util.SplittableRandom random = new java.util.SplittableRandom(degree);
            List<Call> calls = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                int key = random.nextInt(300);
                calls.add(random.nextInt(100) < 55 ? Call.put(key, key) : Call.remove(key));
            }
            assertNotNull(Call.firstDisagreement(tree, calls, true), "degree " + degree);
        }
    }
}

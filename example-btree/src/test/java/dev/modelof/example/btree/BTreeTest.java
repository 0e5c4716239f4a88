package dev.modelof.example.btree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BTreeTest {

    private static void assertShape(BTree tree) {
        String problem = tree.checkShape();
        assertNull(problem, () -> problem + " in " + tree);
    }

    // ------------------------------------------------------------------------- construction

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1})
    void rejectsDegreeBelowTwo(int degree) {
        assertThrows(IllegalArgumentException.class, () -> new BTree(degree));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 17})
    void startsEmpty(int degree) {
        BTree tree = new BTree(degree);
        assertEquals(degree, tree.degree());
        assertEquals(0, tree.size());
        assertNull(tree.get(0));
        assertFalse(tree.containsKey(0));
        assertNull(tree.firstKey());
        assertNull(tree.lastKey());
        assertNull(tree.floorKey(0));
        assertNull(tree.ceilingKey(0));
        assertNull(tree.remove(0));
        assertEquals("[]", tree.toString());
        assertEquals(1, tree.height());
        assertShape(tree);
    }

    // ------------------------------------------------------------------------- put and get

    @Test
    void putReturnsPreviousValueAndKeepsSize() {
        BTree tree = new BTree(2);
        assertNull(tree.put(5, 50));
        assertEquals(50, tree.put(5, 51));
        assertEquals(1, tree.size());
        assertEquals(51, tree.get(5));
        assertTrue(tree.containsKey(5));
        assertFalse(tree.containsKey(4));
    }

    @Test
    void replacingAValueLeavesTheShapeAlone() {
        BTree tree = new BTree(2);
        for (int k = 0; k < 3; k++) {
            tree.put(k, k);
        }
        assertEquals("[0 1 2]", tree.toString()); // a full root
        assertEquals(1, tree.put(1, 10));
        assertEquals("[0 1 2]", tree.toString()); // not split for a key that is already there
        assertEquals(10, tree.get(1));
    }

    @Test
    void fullLeafRootSplitsOnTheNextNewKey() {
        BTree tree = new BTree(2);
        for (int k = 0; k < 4; k++) {
            tree.put(k, k);
        }
        assertEquals("[[0] 1 [2 3]]", tree.toString());
        assertEquals(2, tree.height());
        assertShape(tree);
    }

    @Test
    void fullInternalRootSplitsAndTheTreeGrows() {
        BTree tree = new BTree(2);
        for (int k = 0; k < 8; k++) {
            tree.put(k, k);
        }
        assertEquals("[[0] 1 [2] 3 [4] 5 [6 7]]", tree.toString());
        tree.put(8, 8);
        assertEquals("[[[0] 1 [2]] 3 [[4] 5 [6 7 8]]]", tree.toString());
        assertEquals(3, tree.height());
        assertShape(tree);
    }

    @Test
    void fullChildIsSplitOnTheWayDown() {
        BTree tree = new BTree(2);
        for (int k : new int[] {10, 20, 30, 40, 50}) {
            tree.put(k, k);
        }
        assertEquals("[[10] 20 [30 40 50]]", tree.toString());
        tree.put(45, 45); // enters the full right leaf, which splits first
        assertEquals("[[10] 20 [30] 40 [45 50]]", tree.toString());
        assertShape(tree);
    }

    @Test
    void extremeKeysAndValues() {
        BTree tree = new BTree(2);
        int[] keys = {Integer.MAX_VALUE, Integer.MIN_VALUE, 0, -1, 1, Integer.MAX_VALUE - 1};
        for (int k : keys) {
            assertNull(tree.put(k, -k));
            assertShape(tree);
        }
        assertEquals(Integer.MIN_VALUE, tree.firstKey());
        assertEquals(Integer.MAX_VALUE, tree.lastKey());
        assertEquals(Integer.MIN_VALUE, tree.get(Integer.MIN_VALUE)); // -MIN_VALUE overflows
        assertEquals(Integer.MIN_VALUE, tree.floorKey(Integer.MIN_VALUE));
        assertEquals(Integer.MAX_VALUE, tree.ceilingKey(Integer.MAX_VALUE));
        assertEquals(-1, tree.floorKey(-1));
        assertEquals(Integer.MAX_VALUE - 1, tree.floorKey(Integer.MAX_VALUE - 1));
        for (int k : keys) {
            assertEquals(-k, tree.remove(k));
            assertShape(tree);
        }
        assertEquals(0, tree.size());
    }

    // ------------------------------------------------------------------------- navigation

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void floorAndCeilingAcrossLevels(int degree) {
        BTree tree = new BTree(degree);
        TreeMap<Integer, Integer> model = new TreeMap<>();
        for (int k = 0; k <= 300; k += 3) {
            tree.put(k, k);
            model.put(k, k);
        }
        assertTrue(tree.height() >= 3);
        for (int q = -5; q <= 305; q++) {
            assertEquals(model.floorKey(q), tree.floorKey(q), "floorKey(" + q + ")");
            assertEquals(model.ceilingKey(q), tree.ceilingKey(q), "ceilingKey(" + q + ")");
            assertEquals(model.get(q), tree.get(q), "get(" + q + ")");
        }
        assertEquals(0, tree.firstKey());
        assertEquals(300, tree.lastKey());
    }

    // ------------------------------------------------------------------------- remove

    @Test
    void removeOfAnAbsentKeyLeavesTheShapeAlone() {
        BTree tree = new BTree(2);
        for (int k = 0; k < 9; k++) {
            tree.put(k * 2, k);
        }
        String before = tree.toString();
        assertNull(tree.remove(7));
        assertNull(tree.remove(-1));
        assertEquals(before, tree.toString());
        assertEquals(9, tree.size());
    }

    @Test
    void removeFromLeafBorrowsFromRightSibling() {
        BTree tree = new BTree(2);
        for (int k = 0; k < 4; k++) {
            tree.put(k, k);
        }
        assertEquals(0, tree.remove(0)); // [0] has t-1 keys: the separator 1 comes down, 2 goes up
        assertEquals("[[1] 2 [3]]", tree.toString());
        assertShape(tree);
    }

    @Test
    void removeFromLeafBorrowsFromLeftSibling() {
        BTree tree = new BTree(2);
        for (int k : new int[] {10, 20, 30, 40, 5}) {
            tree.put(k, k);
        }
        assertEquals("[[5 10] 20 [30 40]]", tree.toString());
        tree.remove(40);
        assertEquals("[[5 10] 20 [30]]", tree.toString());
        tree.remove(30); // [30] has t-1 keys: 20 comes down, 10 goes up
        assertEquals("[[5] 10 [20]]", tree.toString());
        assertShape(tree);
    }

    @Test
    void mergeAtTheRootShrinksTheTree() {
        BTree tree = new BTree(2);
        for (int k = 0; k < 4; k++) {
            tree.put(k, k);
        }
        tree.remove(3);
        assertEquals("[[0] 1 [2]]", tree.toString());
        tree.remove(0); // both children have t-1 keys: merge, and the root becomes the merged leaf
        assertEquals("[1 2]", tree.toString());
        assertEquals(1, tree.height());
        assertShape(tree);
    }

    @Test
    void removeOfAnInternalKeyUsesPredecessorSuccessorOrMerge() {
        BTree tree = new BTree(2);
        for (int k : new int[] {10, 20, 30, 40, 5}) {
            tree.put(k, k);
        }
        // [[5 10] 20 [30 40]]: left child has t keys, 20 is replaced by its predecessor
        assertEquals(20, tree.remove(20));
        assertEquals("[[5] 10 [30 40]]", tree.toString());
        // left child has t-1, right has t: 10 is replaced by its successor
        assertEquals(10, tree.remove(10));
        assertEquals("[[5] 30 [40]]", tree.toString());
        // both have t-1: merge around 30, then remove it from the merged leaf
        assertEquals(30, tree.remove(30));
        assertEquals("[5 40]", tree.toString());
        assertShape(tree);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5})
    void insertThenRemoveEverythingInSeveralOrders(int degree) {
        List<Integer> keys = new ArrayList<>();
        for (int k = 0; k < 500; k++) {
            keys.add(k);
        }
        Random random = new Random(degree);
        for (int round = 0; round < 4; round++) {
            List<Integer> in = new ArrayList<>(keys);
            List<Integer> out = new ArrayList<>(keys);
            if (round == 1) {
                Collections.reverse(out);
            } else if (round >= 2) {
                Collections.shuffle(in, random);
                Collections.shuffle(out, random);
            }
            BTree tree = new BTree(degree);
            for (int k : in) {
                assertNull(tree.put(k, k + 1));
                assertShape(tree);
            }
            assertEquals(500, tree.size());
            for (int k : out) {
                assertEquals(k + 1, tree.remove(k));
                assertNull(tree.get(k));
                assertShape(tree);
            }
            assertEquals(0, tree.size());
            assertEquals("[]", tree.toString());
        }
    }

    // ------------------------------------------------------------------------- checkShape

    @Test
    void checkShapeReportsABrokenTree() {
        BTree tree = new BTree(2);
        for (int k = 0; k < 9; k++) {
            tree.put(k, k);
        }
        assertShape(tree);
        assertEquals("[[[0] 1 [2]] 3 [[4] 5 [6 7 8]]]", tree.toString());
        tree.root.children[0].keys[0] = 99; // [[[0] 99 [2]] 3 ...]
        assertTrue(tree.checkShape().contains("outside its separators"), tree.checkShape());
        tree.root.children[0].keys[0] = 1;
        assertShape(tree);
        tree.size++;
        assertTrue(tree.checkShape().startsWith("size is 10"), tree.checkShape());
        tree.size--;
        tree.root.children[1].children[0].n = 0;
        assertTrue(tree.checkShape().contains("fewer than t-1"), tree.checkShape());
        tree.root.children[1].children[0].n = 1;
        assertShape(tree);
        BTree.Node right = tree.root.children[1];
        BTree.Node lastLeaf = right.children[1];
        right.children[1] = null;
        assertTrue(tree.checkShape().startsWith("missing child at root.1.1"), tree.checkShape());
        right.children[1] = lastLeaf;
        tree.root.children[1] = lastLeaf; // a leaf one level up
        assertTrue(tree.checkShape().contains("at depth 1, another at 2"), tree.checkShape());
        tree.root.children[1] = right;
        assertShape(tree);
        tree.root.children[0].n = 0; // internal root of a subtree left without keys
        assertTrue(tree.checkShape().contains("fewer than t-1"), tree.checkShape());
    }

    // ------------------------------------------------------------------------- differential

    /** A {@link BTree} that counts how often each restructuring step ran on internal nodes. */
    static final class CountingBTree extends BTree {
        final Map<String, Integer> internal = new TreeMap<>();

        CountingBTree(int degree) {
            super(degree);
        }

        private void count(String step, Node node) {
            if (!node.isLeaf()) {
                internal.merge(step, 1, Integer::sum);
            }
        }

        @Override
        protected void splitRoot() {
            count("splitRoot", root);
            super.splitRoot();
        }

        @Override
        protected void splitChild(Node x, int i) {
            count("splitChild", x.children[i]);
            super.splitChild(x, i);
        }

        @Override
        protected void merge(Node x, int i) {
            count("merge", x.children[i]);
            super.merge(x, i);
        }

        @Override
        protected void borrowFromLeft(Node x, int i) {
            count("borrowFromLeft", x.children[i]);
            super.borrowFromLeft(x, i);
        }

        @Override
        protected void borrowFromRight(Node x, int i) {
            count("borrowFromRight", x.children[i]);
            super.borrowFromRight(x, i);
        }

        @Override
        protected void replaceWithPredecessor(Node x, int i) {
            count("replaceWithPredecessor", x.children[i]);
            super.replaceWithPredecessor(x, i);
        }

        @Override
        protected void replaceWithSuccessor(Node x, int i) {
            count("replaceWithSuccessor", x.children[i + 1]);
            super.replaceWithSuccessor(x, i);
        }
    }

    /**
     * Thousands of random calls against {@link TreeMap}, with the shape checked after each. The
     * calls come in phases that grow and shrink the tree, so it gets several levels deep and every
     * restructuring step runs on internal nodes too (asserted at the end).
     */
    @ParameterizedTest(name = "t={0}, seed={1}")
    @CsvSource({"2, 1", "2, 2", "2, 3", "3, 4", "3, 5", "4, 6", "4, 7"})
    void agreesWithTreeMap(int degree, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CountingBTree tree = new CountingBTree(degree);
        TreeMap<Integer, Integer> model = new TreeMap<>();
        int maxHeight = 0;
        for (int phase = 0; phase < 8; phase++) {
            boolean growing = phase % 2 == 0;
            int keyRange = phase < 4 ? 400 : 2000;
            for (int step = 0; step < 3000; step++) {
                int key = random.nextInt(10) == 0
                    ? (random.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE)
                    : random.nextInt(keyRange) - keyRange / 4;
                Call call;
                int op = random.nextInt(100);
                if (op < (growing ? 55 : 20)) {
                    call = Call.put(key, random.nextInt());
                } else if (op < 75) {
                    call = Call.remove(key);
                } else if (op < 82) {
                    call = Call.get(key);
                } else if (op < 85) {
                    call = Call.containsKey(key);
                } else if (op < 91) {
                    call = Call.floorKey(key);
                } else if (op < 97) {
                    call = Call.ceilingKey(key);
                } else if (op < 98) {
                    call = Call.size();
                } else if (op < 99) {
                    call = Call.firstKey();
                } else {
                    call = Call.lastKey();
                }
                Object expected = call.applyTo(model);
                Object actual = call.applyTo(tree);
                String where = "phase " + phase + ", step " + step + ": " + call;
                assertEquals(expected, actual, where);
                String problem = tree.checkShape();
                assertNull(problem, () -> where + ": " + problem);
                maxHeight = Math.max(maxHeight, tree.height());
            }
            assertEquals(model.size(), tree.size());
        }
        for (Map.Entry<Integer, Integer> e : model.entrySet()) {
            assertEquals(e.getValue(), tree.get(e.getKey()));
        }
        assertTrue(maxHeight >= 3, "tree only reached height " + maxHeight);
        for (String step : List.of("splitRoot", "splitChild", "merge", "borrowFromLeft",
            "borrowFromRight", "replaceWithPredecessor", "replaceWithSuccessor")) {
            assertTrue(tree.internal.getOrDefault(step, 0) > 0,
                step + " never ran on an internal node: " + tree.internal);
        }
    }
}

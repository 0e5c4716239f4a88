package dev.modelof.example.btree;

import java.util.Arrays;

/**
 * A B-tree map from {@code int} keys to {@code int} values, of minimum degree {@code t >= 2}.
 *
 * <p>Invariants, checked by {@link #checkShape()}:
 *
 * <ul>
 *   <li>every node holds at most {@code 2t-1} keys, every node but the root at least {@code t-1};
 *       the root holds at least one key unless the map is empty;
 *   <li>the keys of a node are strictly increasing, and every key in the subtree {@code
 *       children[i]} lies strictly between the node's keys {@code i-1} and {@code i} (its
 *       separators);
 *   <li>an internal node with {@code n} keys has {@code n+1} children; every leaf is at the same
 *       depth;
 *   <li>{@link #size()} is the number of keys in the tree.
 * </ul>
 *
 * <p>The algorithms are those of Cormen et al. (CLRS): {@link #put} splits every full node on its
 * way down (the root too, which is how the tree grows), so a leaf always has room for the new key;
 * {@link #remove} makes sure, before descending into a child, that the child holds at least
 * {@code t} keys (by borrowing from a sibling through the separator in the parent, or by merging
 * with a sibling), so a key can always be taken out of the node it is found in. The tree shrinks
 * when a merge empties the root.
 *
 * <p>The steps that move keys and children between nodes ({@link #splitRoot}, {@link
 * #splitChild}, {@link #merge}, {@link #borrowFromLeft}, {@link #borrowFromRight}, {@link
 * #replaceWithPredecessor}, {@link #replaceWithSuccessor}) are separate protected methods, so a
 * subclass can replace one of them; the known-bug variants in {@code
 * dev.modelof.example.btree.bugs} do exactly that.
 *
 * <p>Not thread-safe.
 */
public class BTree {

    /**
     * A node: {@code n} keys in {@code keys[0..n)} with their values in {@code vals[0..n)}, and for
     * an internal node {@code n+1} children in {@code children[0..n]}. A leaf has no children array
     * at all, so whether a node is a leaf never changes. Slots past the used ones hold stale data
     * or null and mean nothing.
     *
     * <p>The fields are public so that subclasses of {@link BTree} in other packages can work on
     * nodes; the class itself is only visible to such subclasses.
     */
    protected static final class Node {
        /** Number of keys in use. */
        public int n;
        /** Keys, strictly increasing in {@code [0, n)}; capacity {@code 2t-1}. */
        public final int[] keys;
        /** {@code vals[i]} is the value of {@code keys[i]}. */
        public final int[] vals;
        /** Children of an internal node, capacity {@code 2t}; null for a leaf. */
        public final Node[] children;

        Node(int t, boolean leaf) {
            keys = new int[2 * t - 1];
            vals = new int[2 * t - 1];
            children = leaf ? null : new Node[2 * t];
        }

        /** Whether this node is a leaf. */
        public boolean isLeaf() {
            return children == null;
        }
    }

    /** Minimum degree: non-root nodes hold between {@code t-1} and {@code 2t-1} keys. */
    protected final int t;

    /** The root; an empty leaf when the map is empty, never null. */
    protected Node root;

    /** Number of keys in the tree. */
    protected int size;

    /**
     * An empty tree.
     *
     * @param degree the minimum degree {@code t}, at least 2
     * @throws IllegalArgumentException if {@code degree < 2}
     */
    public BTree(int degree) {
        if (degree < 2) {
            throw new IllegalArgumentException("minimum degree must be at least 2, got " + degree);
        }
        this.t = degree;
        this.root = newNode(true);
    }

    /** The minimum degree {@code t} this tree was built with. */
    public int degree() {
        return t;
    }

    /** Number of levels: 1 for a tree that is a single leaf (empty or not). */
    int height() {
        int h = 1;
        for (Node x = root; !x.isLeaf(); x = x.children[0]) {
            h++;
        }
        return h;
    }

    /** A new empty node of this tree's degree. */
    protected final Node newNode(boolean leaf) {
        return new Node(t, leaf);
    }

    // ---------------------------------------------------------------------------------- queries

    /** Number of keys. */
    public int size() {
        return size;
    }

    /** Whether {@code key} is in the map. */
    public boolean containsKey(int key) {
        return get(key) != null;
    }

    /** The value of {@code key}, or null if it is not in the map. */
    public Integer get(int key) {
        Node x = root;
        while (true) {
            int i = lowerBound(x, key);
            if (i < x.n && x.keys[i] == key) {
                return x.vals[i];
            }
            if (x.isLeaf()) {
                return null;
            }
            x = x.children[i];
        }
    }

    /** The least key, or null if the map is empty. */
    public Integer firstKey() {
        if (size == 0) {
            return null;
        }
        Node x = root;
        while (!x.isLeaf()) {
            x = x.children[0];
        }
        return x.keys[0];
    }

    /** The greatest key, or null if the map is empty. */
    public Integer lastKey() {
        if (size == 0) {
            return null;
        }
        Node x = root;
        while (!x.isLeaf()) {
            x = x.children[x.n];
        }
        return x.keys[x.n - 1];
    }

    /** The greatest key less than or equal to {@code key}, or null if there is none. */
    public Integer floorKey(int key) {
        Integer best = null;
        Node x = root;
        while (true) {
            int i = lowerBound(x, key);
            if (i < x.n && x.keys[i] == key) {
                return key;
            }
            // Everything in children[i] is greater than keys[i-1], so a deeper answer is better.
            if (i > 0) {
                best = x.keys[i - 1];
            }
            if (x.isLeaf()) {
                return best;
            }
            x = x.children[i];
        }
    }

    /** The least key greater than or equal to {@code key}, or null if there is none. */
    public Integer ceilingKey(int key) {
        Integer best = null;
        Node x = root;
        while (true) {
            int i = lowerBound(x, key);
            if (i < x.n) {
                if (x.keys[i] == key) {
                    return key;
                }
                // Everything in children[i] is less than keys[i], so a deeper answer is better.
                best = x.keys[i];
            }
            if (x.isLeaf()) {
                return best;
            }
            x = x.children[i];
        }
    }

    /** The first index {@code i} in {@code [0, x.n]} with {@code x.keys[i] >= key}. */
    protected static int lowerBound(Node x, int key) {
        int lo = 0;
        int hi = x.n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x.keys[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    // ---------------------------------------------------------------------------------- put

    /**
     * Maps {@code key} to {@code value}.
     *
     * <p>An existing key only has its value replaced, and the shape stays as it is. A new key goes
     * down from the root to a leaf; a full root is split first (the tree grows by one level), and
     * every full child is split before the descent enters it, so the leaf reached has room.
     *
     * @return the previous value of {@code key}, or null if it was not in the map
     */
    public Integer put(int key, int value) {
        Node x = root;
        while (true) {
            int i = lowerBound(x, key);
            if (i < x.n && x.keys[i] == key) {
                int old = x.vals[i];
                x.vals[i] = value;
                return old;
            }
            if (x.isLeaf()) {
                break;
            }
            x = x.children[i];
        }
        if (root.n == 2 * t - 1) {
            splitRoot();
        }
        insertNonFull(root, key, value);
        size++;
        return null;
    }

    /** Inserts an absent key into the subtree of {@code x}, which is not full. */
    private void insertNonFull(Node x, int key, int value) {
        while (!x.isLeaf()) {
            int i = lowerBound(x, key);
            if (x.children[i].n == 2 * t - 1) {
                splitChild(x, i);
                if (key > x.keys[i]) {
                    i++;
                }
            }
            x = x.children[i];
        }
        int i = lowerBound(x, key);
        System.arraycopy(x.keys, i, x.keys, i + 1, x.n - i);
        System.arraycopy(x.vals, i, x.vals, i + 1, x.n - i);
        x.keys[i] = key;
        x.vals[i] = value;
        x.n++;
    }

    /**
     * Grows the tree by one level: the full root becomes the only child of a new root, and is
     * split there, so the new root holds the old root's median.
     */
    protected void splitRoot() {
        Node s = newNode(false);
        s.children[0] = root;
        root = s;
        splitChild(s, 0);
    }

    /**
     * Splits the full child {@code y = x.children[i]} (it holds {@code 2t-1} keys) of the non-full
     * node {@code x}: {@code y} keeps its {@code t-1} smallest keys and first {@code t} children, a
     * new node {@code z} takes the {@code t-1} greatest keys and last {@code t} children, and the
     * median {@code y.keys[t-1]} moves up into {@code x} at index {@code i}, as the separator of
     * {@code y} and {@code z = x.children[i+1]}.
     */
    protected void splitChild(Node x, int i) {
        Node y = x.children[i];
        Node z = newNode(y.isLeaf());
        z.n = t - 1;
        System.arraycopy(y.keys, t, z.keys, 0, t - 1);
        System.arraycopy(y.vals, t, z.vals, 0, t - 1);
        if (!y.isLeaf()) {
            System.arraycopy(y.children, t, z.children, 0, t);
            Arrays.fill(y.children, t, 2 * t, null);
        }
        y.n = t - 1;

        // Open slot i in x for the median and slot i+1 for z.
        System.arraycopy(x.children, i + 1, x.children, i + 2, x.n - i);
        x.children[i + 1] = z;
        System.arraycopy(x.keys, i, x.keys, i + 1, x.n - i);
        System.arraycopy(x.vals, i, x.vals, i + 1, x.n - i);
        x.keys[i] = y.keys[t - 1];
        x.vals[i] = y.vals[t - 1];
        x.n++;
    }

    // ---------------------------------------------------------------------------------- remove

    /**
     * Removes {@code key}.
     *
     * <p>An absent key leaves the tree as it is. Otherwise the key is removed in one pass down from
     * the root; every node the pass enters below the root holds at least {@code t} keys (see
     * {@link #fill}), so taking one key out never leaves fewer than {@code t-1}:
     *
     * <ul>
     *   <li>key in a leaf: take it out;
     *   <li>key at {@code keys[i]} of an internal node: replace it by its predecessor if {@code
     *       children[i]} has at least {@code t} keys, else by its successor if {@code
     *       children[i+1]} has, else merge the two children around it and go on in the merged
     *       node;
     *   <li>key below: fill the child it lies in, and go on there.
     * </ul>
     *
     * <p>When a merge takes the root's last key, the merged child becomes the root.
     *
     * @return the value {@code key} had, or null if it was not in the map
     */
    public Integer remove(int key) {
        Integer old = get(key);
        if (old == null) {
            return null;
        }
        Node x = root;
        while (true) {
            int i = lowerBound(x, key);
            boolean here = i < x.n && x.keys[i] == key;
            if (x.isLeaf()) {
                // The key is present, and every node on the path was searched: it is here.
                System.arraycopy(x.keys, i + 1, x.keys, i, x.n - i - 1);
                System.arraycopy(x.vals, i + 1, x.vals, i, x.n - i - 1);
                x.n--;
                break;
            }
            if (here) {
                if (x.children[i].n >= t) {
                    replaceWithPredecessor(x, i);
                    break;
                }
                if (x.children[i + 1].n >= t) {
                    replaceWithSuccessor(x, i);
                    break;
                }
                merge(x, i); // the key moves down into children[i]
                x = x.children[i];
            } else {
                x = x.children[fill(x, i)];
            }
        }
        size--;
        if (root.n == 0 && !root.isLeaf()) {
            root = root.children[0];
        }
        return old;
    }

    /**
     * Makes sure the child {@code x.children[i]} holds at least {@code t} keys before a removal
     * descends into it: borrow a key from the left sibling, else from the right sibling, if that
     * sibling has {@code t} or more; else merge with a sibling (both then have {@code t-1}).
     *
     * @return the index in {@code x} of the child that now covers the keys {@code x.children[i]}
     *     covered: {@code i}, or {@code i-1} after a merge with the left sibling
     */
    protected int fill(Node x, int i) {
        if (x.children[i].n >= t) {
            return i;
        }
        if (i > 0 && x.children[i - 1].n >= t) {
            borrowFromLeft(x, i);
            return i;
        }
        if (i < x.n && x.children[i + 1].n >= t) {
            borrowFromRight(x, i);
            return i;
        }
        if (i < x.n) {
            merge(x, i);
            return i;
        }
        merge(x, i - 1);
        return i - 1;
    }

    /**
     * Rotates right: the separator {@code x.keys[i-1]} moves down to the front of {@code
     * c = x.children[i]}, the last key of the left sibling {@code s = x.children[i-1]} moves up to
     * replace it, and the last child of {@code s} becomes the first child of {@code c}.
     */
    protected void borrowFromLeft(Node x, int i) {
        Node c = x.children[i];
        Node s = x.children[i - 1];
        System.arraycopy(c.keys, 0, c.keys, 1, c.n);
        System.arraycopy(c.vals, 0, c.vals, 1, c.n);
        c.keys[0] = x.keys[i - 1];
        c.vals[0] = x.vals[i - 1];
        if (!c.isLeaf()) {
            System.arraycopy(c.children, 0, c.children, 1, c.n + 1);
            c.children[0] = s.children[s.n];
            s.children[s.n] = null;
        }
        x.keys[i - 1] = s.keys[s.n - 1];
        x.vals[i - 1] = s.vals[s.n - 1];
        s.n--;
        c.n++;
    }

    /**
     * Rotates left: the separator {@code x.keys[i]} moves down to the end of {@code
     * c = x.children[i]}, the first key of the right sibling {@code s = x.children[i+1]} moves up
     * to replace it, and the first child of {@code s} becomes the last child of {@code c}.
     */
    protected void borrowFromRight(Node x, int i) {
        Node c = x.children[i];
        Node s = x.children[i + 1];
        c.keys[c.n] = x.keys[i];
        c.vals[c.n] = x.vals[i];
        x.keys[i] = s.keys[0];
        x.vals[i] = s.vals[0];
        System.arraycopy(s.keys, 1, s.keys, 0, s.n - 1);
        System.arraycopy(s.vals, 1, s.vals, 0, s.n - 1);
        if (!c.isLeaf()) {
            c.children[c.n + 1] = s.children[0];
            System.arraycopy(s.children, 1, s.children, 0, s.n);
            s.children[s.n] = null;
        }
        s.n--;
        c.n++;
    }

    /**
     * Merges {@code x.children[i+1]} into {@code x.children[i]}, both holding {@code t-1} keys,
     * with the separator {@code x.keys[i]} between them: the merged node holds {@code 2t-1} keys
     * and, if internal, the {@code t} children of each. {@code x} loses one key and one child.
     */
    protected void merge(Node x, int i) {
        Node left = x.children[i];
        Node right = x.children[i + 1];
        left.keys[left.n] = x.keys[i];
        left.vals[left.n] = x.vals[i];
        System.arraycopy(right.keys, 0, left.keys, left.n + 1, right.n);
        System.arraycopy(right.vals, 0, left.vals, left.n + 1, right.n);
        if (!left.isLeaf()) {
            System.arraycopy(right.children, 0, left.children, left.n + 1, right.n + 1);
        }
        left.n += right.n + 1;

        System.arraycopy(x.keys, i + 1, x.keys, i, x.n - i - 1);
        System.arraycopy(x.vals, i + 1, x.vals, i, x.n - i - 1);
        System.arraycopy(x.children, i + 2, x.children, i + 1, x.n - i - 1);
        x.children[x.n] = null;
        x.n--;
    }

    /**
     * Replaces {@code x.keys[i]} (and its value) by its predecessor, the greatest entry of the
     * subtree {@code x.children[i]}, and removes that entry from the subtree. The caller has made
     * sure {@code x.children[i]} holds at least {@code t} keys; on the way down the right spine
     * each child is filled before it is entered, so the leaf keeps at least {@code t-1} keys.
     */
    protected void replaceWithPredecessor(Node x, int i) {
        Node y = x.children[i];
        while (!y.isLeaf()) {
            y = y.children[fill(y, y.n)];
        }
        x.keys[i] = y.keys[y.n - 1];
        x.vals[i] = y.vals[y.n - 1];
        y.n--;
    }

    /**
     * Replaces {@code x.keys[i]} (and its value) by its successor, the least entry of the subtree
     * {@code x.children[i+1]}, and removes that entry from the subtree. The caller has made sure
     * {@code x.children[i+1]} holds at least {@code t} keys; on the way down the left spine each
     * child is filled before it is entered.
     */
    protected void replaceWithSuccessor(Node x, int i) {
        Node y = x.children[i + 1];
        while (!y.isLeaf()) {
            y = y.children[fill(y, 0)];
        }
        x.keys[i] = y.keys[0];
        x.vals[i] = y.vals[0];
        System.arraycopy(y.keys, 1, y.keys, 0, y.n - 1);
        System.arraycopy(y.vals, 1, y.vals, 0, y.n - 1);
        y.n--;
    }

    // ---------------------------------------------------------------------------------- shape

    /**
     * Checks every invariant listed on the class, reading only.
     *
     * @return null if the tree is well formed, else what is wrong with it
     */
    public String checkShape() {
        if (root == null) {
            return "root is null";
        }
        if (root.n == 0) {
            if (!root.isLeaf()) {
                return "internal root without keys";
            }
            return size == 0 ? null : "empty root but size " + size;
        }
        int[] leafDepth = {-1};
        long[] count = {0};
        String problem =
            check(root, true, 0, Long.MIN_VALUE, Long.MAX_VALUE, leafDepth, count, "root");
        if (problem != null) {
            return problem;
        }
        if (count[0] != size) {
            return "size is " + size + " but the tree holds " + count[0] + " keys";
        }
        return null;
    }

    /** Checks the subtree of {@code x}, whose keys must all lie strictly between lo and hi. */
    private String check(
        Node x, boolean isRoot, int depth, long lo, long hi, int[] leafDepth, long[] count,
        String path) {
        if (x == null) {
            return "missing child at " + path;
        }
        if (x.n > 2 * t - 1) {
            return path + " holds " + x.n + " keys, more than 2t-1 = " + (2 * t - 1);
        }
        if (!isRoot && x.n < t - 1) {
            return path + " holds " + x.n + " keys, fewer than t-1 = " + (t - 1);
        }
        for (int j = 0; j < x.n; j++) {
            long k = x.keys[j];
            if (k <= lo || k >= hi) {
                return path + " key " + k + " outside its separators (" + bound(lo) + ", "
                    + bound(hi) + ")";
            }
            if (j > 0 && x.keys[j - 1] >= k) {
                return path + " keys not increasing: " + x.keys[j - 1] + " then " + k;
            }
        }
        count[0] += x.n;
        if (x.isLeaf()) {
            if (leafDepth[0] < 0) {
                leafDepth[0] = depth;
            } else if (leafDepth[0] != depth) {
                return "leaf " + path + " at depth " + depth + ", another at " + leafDepth[0];
            }
            return null;
        }
        for (int j = 0; j <= x.n; j++) {
            long childLo = j == 0 ? lo : x.keys[j - 1];
            long childHi = j == x.n ? hi : x.keys[j];
            String problem = check(
                x.children[j], false, depth + 1, childLo, childHi, leafDepth, count,
                path + "." + j);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String bound(long b) {
        return b == Long.MIN_VALUE ? "-inf" : b == Long.MAX_VALUE ? "+inf" : Long.toString(b);
    }

    /**
     * The tree's shape and keys, for messages: a leaf is {@code [1 2]}, an internal node lists its
     * children between its keys, as in {@code [[1] 2 [3 4]]}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        render(root, sb);
        return sb.toString();
    }

    private static void render(Node x, StringBuilder sb) {
        if (x == null) {
            sb.append("null");
            return;
        }
        sb.append('[');
        for (int j = 0; j < x.n; j++) {
            if (!x.isLeaf()) {
                render(x.children[j], sb);
                sb.append(' ');
            }
            sb.append(x.keys[j]);
            if (j < x.n - 1 || !x.isLeaf()) {
                sb.append(' ');
            }
        }
        if (!x.isLeaf()) {
            render(x.children[x.n], sb);
        }
        sb.append(']');
    }
}

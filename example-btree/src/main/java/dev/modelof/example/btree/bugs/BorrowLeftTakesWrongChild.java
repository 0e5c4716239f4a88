package dev.modelof.example.btree.bugs;

import dev.modelof.example.btree.BTree;

/**
 * Borrowing through the parent from the left sibling moves the sibling's child at index {@code n-1}
 * (indexing children like keys) instead of its last child at {@code n}, so one subtree ends up
 * under both nodes and the last one is lost.
 */
public class BorrowLeftTakesWrongChild extends BTree {

    public BorrowLeftTakesWrongChild(int degree) {
        super(degree);
    }

    @Override
    protected void borrowFromLeft(Node x, int i) {
        Node c = x.children[i];
        Node s = x.children[i - 1];
        System.arraycopy(c.keys, 0, c.keys, 1, c.n);
        System.arraycopy(c.vals, 0, c.vals, 1, c.n);
        c.keys[0] = x.keys[i - 1];
        c.vals[0] = x.vals[i - 1];
        if (!c.isLeaf()) {
            System.arraycopy(c.children, 0, c.children, 1, c.n + 1);
            c.children[0] = s.children[s.n - 1]; // BUG: the last child is s.children[s.n].
            s.children[s.n] = null;
        }
        x.keys[i - 1] = s.keys[s.n - 1];
        x.vals[i - 1] = s.vals[s.n - 1];
        s.n--;
        c.n++;
    }
}

package dev.modelof.example.btree.bugs;

import dev.modelof.example.btree.BTree;

/**
 * Borrowing through the parent from the right sibling shifts the sibling's children left by as
 * many slots as its keys ({@code n-1}) instead of {@code n}, so its last child is lost and the one
 * before it appears twice.
 */
public class BorrowRightLosesLastChild extends BTree {

    public BorrowRightLosesLastChild(int degree) {
        super(degree);
    }

    @Override
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
            System.arraycopy(s.children, 1, s.children, 0, s.n - 1); // BUG: s has s.n + 1 children.
            s.children[s.n] = null;
        }
        s.n--;
        c.n++;
    }
}

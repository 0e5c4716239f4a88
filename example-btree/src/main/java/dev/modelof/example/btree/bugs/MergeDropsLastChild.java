package dev.modelof.example.btree.bugs;

import dev.modelof.example.btree.BTree;

/**
 * Merging two internal nodes copies only as many child pointers from the right node as it has
 * keys, so the right node's last child (and every key below it) is lost.
 */
public class MergeDropsLastChild extends BTree {

    public MergeDropsLastChild(int degree) {
        super(degree);
    }

    @Override
    protected void merge(Node x, int i) {
        Node left = x.children[i];
        Node right = x.children[i + 1];
        left.keys[left.n] = x.keys[i];
        left.vals[left.n] = x.vals[i];
        System.arraycopy(right.keys, 0, left.keys, left.n + 1, right.n);
        System.arraycopy(right.vals, 0, left.vals, left.n + 1, right.n);
        if (!left.isLeaf()) {
            // BUG: right has right.n + 1 children.
            System.arraycopy(right.children, 0, left.children, left.n + 1, right.n);
        }
        left.n += right.n + 1;

        System.arraycopy(x.keys, i + 1, x.keys, i, x.n - i - 1);
        System.arraycopy(x.vals, i + 1, x.vals, i, x.n - i - 1);
        System.arraycopy(x.children, i + 2, x.children, i + 1, x.n - i - 1);
        x.children[x.n] = null;
        x.n--;
    }
}

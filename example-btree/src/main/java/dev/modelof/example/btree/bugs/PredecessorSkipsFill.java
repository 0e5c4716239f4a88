package dev.modelof.example.btree.bugs;

import dev.modelof.example.btree.BTree;

/**
 * Replacing an internal key by its predecessor walks down the right spine of the left subtree
 * without filling the nodes it enters (trusting that the subtree's root holding {@code t} keys is
 * enough), so the leaf it takes the predecessor from can drop below {@code t-1} keys.
 */
public class PredecessorSkipsFill extends BTree {

    public PredecessorSkipsFill(int degree) {
        super(degree);
    }

    @Override
    protected void replaceWithPredecessor(Node x, int i) {
        Node y = x.children[i];
        while (!y.isLeaf()) {
            y = y.children[y.n]; // BUG: y.children[fill(y, y.n)].
        }
        x.keys[i] = y.keys[y.n - 1];
        x.vals[i] = y.vals[y.n - 1];
        y.n--;
    }
}

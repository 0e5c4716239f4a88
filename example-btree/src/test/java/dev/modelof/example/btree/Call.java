package dev.modelof.example.btree;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/** One call of the map API, run the same way on a {@link BTree} and on a {@link TreeMap}. */
record Call(String name, int key, int value) {

    static Call put(int key, int value) {
        return new Call("put", key, value);
    }

    static Call remove(int key) {
        return new Call("remove", key, 0);
    }

    static Call get(int key) {
        return new Call("get", key, 0);
    }

    static Call containsKey(int key) {
        return new Call("containsKey", key, 0);
    }

    static Call floorKey(int key) {
        return new Call("floorKey", key, 0);
    }

    static Call ceilingKey(int key) {
        return new Call("ceilingKey", key, 0);
    }

    static Call size() {
        return new Call("size", 0, 0);
    }

    static Call firstKey() {
        return new Call("firstKey", 0, 0);
    }

    static Call lastKey() {
        return new Call("lastKey", 0, 0);
    }

    /** {@code put(k, 100 + k)} for each key, in order. */
    static List<Call> puts(int... keys) {
        List<Call> calls = new ArrayList<>();
        for (int k : keys) {
            calls.add(put(k, 100 + k));
        }
        return calls;
    }

    Object applyTo(BTree tree) {
        switch (name) {
            case "put": return tree.put(key, value);
            case "remove": return tree.remove(key);
            case "get": return tree.get(key);
            case "containsKey": return tree.containsKey(key);
            case "floorKey": return tree.floorKey(key);
            case "ceilingKey": return tree.ceilingKey(key);
            case "size": return tree.size();
            case "firstKey": return tree.firstKey();
            case "lastKey": return tree.lastKey();
            default: throw new IllegalStateException(name);
        }
    }

    Object applyTo(TreeMap<Integer, Integer> map) {
        switch (name) {
            case "put": return map.put(key, value);
            case "remove": return map.remove(key);
            case "get": return map.get(key);
            case "containsKey": return map.containsKey(key);
            case "floorKey": return map.floorKey(key);
            case "ceilingKey": return map.ceilingKey(key);
            case "size": return map.size();
            case "firstKey": return map.isEmpty() ? null : map.firstKey();
            case "lastKey": return map.isEmpty() ? null : map.lastKey();
            default: throw new IllegalStateException(name);
        }
    }

    @Override
    public String toString() {
        switch (name) {
            case "put": return "put(" + key + ", " + value + ")";
            case "size": case "firstKey": case "lastKey": return name + "()";
            default: return name + "(" + key + ")";
        }
    }

    /**
     * Runs the calls on {@code tree} and on a fresh {@link TreeMap}.
     *
     * @param checkShape whether to check {@link BTree#checkShape()} after every call
     * @return null if they agree throughout, else which call went wrong and how
     */
    static String firstDisagreement(BTree tree, List<Call> calls, boolean checkShape) {
        TreeMap<Integer, Integer> model = new TreeMap<>();
        for (int i = 0; i < calls.size(); i++) {
            Call c = calls.get(i);
            Object expected = c.applyTo(model);
            Object actual;
            try {
                actual = c.applyTo(tree);
            } catch (RuntimeException e) {
                return "call " + (i + 1) + " " + c + " threw " + e;
            }
            if (!Objects.equals(expected, actual)) {
                return "call " + (i + 1) + " " + c + " returned " + actual + ", expected "
                    + expected + "; tree " + tree;
            }
            if (checkShape) {
                String problem = tree.checkShape();
                if (problem != null) {
                    return "after call " + (i + 1) + " " + c + ": " + problem + "; tree " + tree;
                }
            }
        }
        return null;
    }
}

/**
 * Known-bug variants of {@link dev.modelof.example.btree.BTree}, each overriding one restructuring
 * step with a version that contains one plausible mistake. Every one of them behaves correctly on
 * short call sequences: the mistake only matters once the tree is three levels deep, which takes
 * at least nine insertions, so a test must find a sequence of ten or more calls to expose it.
 */
package dev.modelof.example.btree.bugs;

package dev.modelof.bench;

import dev.modelof.example.btree.BTree;
import dev.modelof.example.btree.BTreeSpecMachine;
import dev.modelof.example.btree.TreeMapModel;
import java.util.Objects;

/**
 * The work of a run of {@link BTreeSpecMachine}, written by hand: the same tries, operation weights
 * (put 4, remove 2, the seven queries 1 each) and value ranges, the same model and tree, called
 * directly and compared with {@code Objects.equals} and {@code ==}, and the tree's shape checked
 * after every step as the spec's invariant does; nothing recorded.
 */
public final class BTreeHandLoop {
  private BTreeHandLoop() {}

  /** Runs {@code tries} sequences; returns the number of steps run. Throws on a disagreement. */
  public static long run(long seed, int tries, int steps) {
    long stepsRun = 0;
    for (int t = 0; t < tries; t++) {
      HandDraws draws = new HandDraws(seed, t, tries);
      int degree = draws.between(2, 4);
      TreeMapModel model = new TreeMapModel();
      BTree impl = new BTree(degree);
      HandDraws.Pool keys = new HandDraws.Pool();
      HandDraws.Pool values = new HandDraws.Pool();
      int length = HandDraws.length(t, tries, steps);
      for (int i = 0; i < length; i++) {
        int roll = draws.nextInt(13);
        boolean same;
        if (roll < 4) {
          int key = draws.draw(keys);
          int value = draws.draw(values);
          same = Objects.equals(model.put(key, value), impl.put(key, value));
        } else if (roll < 6) {
          int key = draws.draw(keys);
          same = Objects.equals(model.remove(key), impl.remove(key));
        } else {
          same = switch (roll) {
            case 6 -> {
              int key = draws.draw(keys);
              yield Objects.equals(model.get(key), impl.get(key));
            }
            case 7 -> {
              int key = draws.draw(keys);
              yield model.containsKey(key) == impl.containsKey(key);
            }
            case 8 -> model.size() == impl.size();
            case 9 -> Objects.equals(model.firstKey(), impl.firstKey());
            case 10 -> Objects.equals(model.lastKey(), impl.lastKey());
            case 11 -> {
              int key = draws.draw(keys);
              yield Objects.equals(model.floorKey(key), impl.floorKey(key));
            }
            default -> {
              int key = draws.draw(keys);
              yield Objects.equals(model.ceilingKey(key), impl.ceilingKey(key));
            }
          };
        }
        String shape = impl.checkShape();
        if (!same || shape != null) {
          throw new AssertionError("differs in try " + t + ", step " + i + (shape == null ? "" : ": " + shape));
        }
      }
      stepsRun += length;
    }
    return stepsRun;
  }
}

package dev.modelof.example.btree.heap;

/**
 * Growing copies one value too few: the copy's length is computed from the last index instead of
 * the size, so the seventeenth {@code add} drops the sixteenth value and leaves a 0 in its place.
 */
public class GrowLosesLast extends IntHeap {
  @Override
  protected void grow() {
    int[] bigger = new int[2 * values.length];
    System.arraycopy(values, 0, bigger, 0, size - 1); // BUG: size values, not size - 1
    values = bigger;
  }
}

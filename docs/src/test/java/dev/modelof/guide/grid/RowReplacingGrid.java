package dev.modelof.guide.grid;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

// [grid-bug]
/** The bug: a batch is sorted into rows, which then replace the grid's rows instead of joining them. */
public class RowReplacingGrid extends CellGrid {
  public RowReplacingGrid(List<Cell> initial) {
    super(initial);
  }

  @Override
  public void mark(List<Cell> cells) {
    Map<Integer, TreeSet<Integer>> batch = new TreeMap<>();
    for (Cell cell : cells) {
      batch.computeIfAbsent(cell.y(), y -> new TreeSet<>()).add(cell.x());
    }
    rows.putAll(batch);
  }
}
// [/grid-bug]

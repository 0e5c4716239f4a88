package dev.modelof.guide.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

// [grid-impl]
/** Marked cells of an unbounded grid, with a label per cell, kept row by row. */
public class CellGrid {
  /** By row: the columns of its marked cells. */
  protected final Map<Integer, TreeSet<Integer>> rows = new TreeMap<>();
  private final Map<Cell, String> labels = new HashMap<>();

  public CellGrid(List<Cell> initial) {
    mark(initial);
  }

  public void mark(List<Cell> cells) {
    for (Cell cell : cells) {
      add(cell);
    }
  }

  public void fill(Cell corner, int width, int height) {
    for (int dy = 0; dy < height; dy++) {
      for (int dx = 0; dx < width; dx++) {
        add(new Cell(corner.x() + dx, corner.y() + dy));
      }
    }
  }

  private void add(Cell cell) {
    rows.computeIfAbsent(cell.y(), y -> new TreeSet<>()).add(cell.x());
  }

  public void unmark(Set<Cell> cells) {
    for (Cell cell : cells) {
      TreeSet<Integer> row = rows.get(cell.y());
      if (row != null && row.remove(cell.x()) && row.isEmpty()) {
        rows.remove(cell.y());
      }
    }
  }

  public boolean isMarked(Cell cell) {
    TreeSet<Integer> row = rows.get(cell.y());
    return row != null && row.contains(cell.x());
  }

  /** How many cells are marked, in {@code within} or in all. */
  public int count(Optional<Area> within) {
    int count = 0;
    for (Map.Entry<Integer, TreeSet<Integer>> row : rows.entrySet()) {
      for (int x : row.getValue()) {
        if (within.isEmpty() || within.get().contains(new Cell(x, row.getKey()))) {
          count++;
        }
      }
    }
    return count;
  }

  public void label(Map<Cell, String> labels) {
    this.labels.putAll(labels);
  }

  public Optional<String> labelOf(Cell cell) {
    return Optional.ofNullable(labels.get(cell));
  }

  /** For each of {@code ys}, how many cells of that row are marked. */
  public int[] rowCounts(int[] ys) {
    int[] counts = new int[ys.length];
    for (int i = 0; i < ys.length; i++) {
      TreeSet<Integer> row = rows.get(ys[i]);
      counts[i] = row == null ? 0 : row.size();
    }
    return counts;
  }

  /** The marked cells of row {@code y}, left to right. */
  public Cell[] row(int y) {
    List<Cell> cells = new ArrayList<>();
    for (int x : rows.getOrDefault(y, new TreeSet<>())) {
      cells.add(new Cell(x, y));
    }
    return cells.toArray(Cell[]::new);
  }
}
// [/grid-impl]

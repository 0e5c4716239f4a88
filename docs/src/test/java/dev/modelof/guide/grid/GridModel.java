package dev.modelof.guide.grid;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

// [grid-model]
final class GridModel implements GridSpec {
  private final Set<Cell> marked = new HashSet<>();
  private final Map<Cell, String> labels = new HashMap<>();

  GridModel(List<Cell> initial) { marked.addAll(initial); }

  public void mark(List<Cell> cells) { marked.addAll(cells); }

  public void fill(Cell corner, int width, int height) {
    for (int dx = 0; dx < width; dx++) {
      for (int dy = 0; dy < height; dy++) {
        marked.add(new Cell(corner.x() + dx, corner.y() + dy));
      }
    }
  }

  public void unmark(Set<Cell> cells) { marked.removeAll(cells); }

  public boolean isMarked(Cell cell) { return marked.contains(cell); }

  public int count(Optional<Area> within) {
    return (int) marked.stream().filter(c -> within.isEmpty() || within.get().contains(c)).count();
  }

  public void label(Map<Cell, String> labels) { this.labels.putAll(labels); }

  public Optional<String> labelOf(Cell cell) { return Optional.ofNullable(labels.get(cell)); }

  public int[] rowCounts(int[] ys) {
    int[] counts = new int[ys.length];
    for (int i = 0; i < ys.length; i++) {
      int y = ys[i];
      counts[i] = (int) marked.stream().filter(c -> c.y() == y).count();
    }
    return counts;
  }

  public Cell[] row(int y) {
    return marked.stream().filter(c -> c.y() == y).sorted(Comparator.comparingInt(Cell::x)).toArray(Cell[]::new);
  }
}
// [/grid-model]

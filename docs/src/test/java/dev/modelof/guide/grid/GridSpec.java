package dev.modelof.guide.grid;

import dev.modelof.ModelOf;
import dev.modelof.Range;
import dev.modelof.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

// [grid-spec]
@ModelOf(CellGrid.class)
public interface GridSpec {
  static GridModel model(@Size(max = 3) List<Cell> initial) {
    return new GridModel(initial);
  }

  void mark(List<Cell> cells);

  void fill(Cell corner, @Range(min = 0, max = 3) int width, @Range(min = 0, max = 3) int height);

  void unmark(Set<Cell> cells);

  boolean isMarked(Cell cell);

  int count(Optional<Area> within);

  void label(Map<Cell, String> labels);

  Optional<String> labelOf(Cell cell);

  int[] rowCounts(int[] ys);

  Cell[] row(int y);
}
// [/grid-spec]

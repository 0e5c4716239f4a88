package dev.modelof.guide.grid;

// [grid-area]
/** The cells from {@code corner} to {@code width} columns right and {@code height} rows up, corner included. */
public record Area(Cell corner, int width, int height) {
  public Area {
    if (width < 0 || height < 0) {
      throw new IllegalArgumentException("negative size " + width + " x " + height);
    }
  }

  public boolean contains(Cell cell) {
    long dx = (long) cell.x() - corner.x();
    long dy = (long) cell.y() - corner.y();
    return dx >= 0 && dx < width && dy >= 0 && dy < height;
  }
}
// [/grid-area]

package dev.modelof.sample;

import java.util.ArrayList;
import java.util.List;

/** A set of points in a list, searched linearly. */
public class PointSet {
  protected final List<Point> points = new ArrayList<>();

  public void add(Point point) {
    if (!contains(point)) {
      points.add(point);
    }
  }

  public void addAll(List<Point> more) {
    more.forEach(this::add);
  }

  public boolean contains(Point point) {
    return points.contains(point);
  }

  public int size() {
    return points.size();
  }

  /** Known bug: contains compares only x. */
  public static final class IgnoresY extends PointSet {
    @Override
    public boolean contains(Point point) {
      return points.stream().anyMatch(p -> p.x() == point.x());
    }
  }
}

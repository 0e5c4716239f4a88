package dev.modelof.sample;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Stands for the spec of a set of points in reports; {@link PointSetMachine} is what the processor would write. */
public interface PointSetSpec {
  static Model model() {
    return new Model();
  }

  /** The model: a HashSet. */
  final class Model {
    private final Set<Point> points = new HashSet<>();

    public void add(Point point) {
      points.add(point);
    }

    public void addAll(List<Point> more) {
      points.addAll(more);
    }

    public boolean contains(Point point) {
      return points.contains(point);
    }

    public int size() {
      return points.size();
    }
  }
}

package dev.modelof.example.types;

import dev.modelof.From;
import dev.modelof.ModelOf;
import dev.modelof.Range;
import dev.modelof.Size;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A parameter of every type that modelof generates, nested. */
@ModelOf(value = Types.class, timeout = "2s")
public interface TypesSpec {
  static TypesModel model(@Size(max = 3) int[] seeds) {
    return new TypesModel(seeds);
  }

  void point(Point point);

  void segment(Segment segment);

  void pair(Pair<Integer, String> pair);

  void tagged(Tagged tagged);

  void origin(@From(Origins.class) Point origin);

  boolean present(Optional<Point> point);

  int count(@Size(min = 1, max = 2) List<Point> points);

  int colors(Set<Color> colors);

  int weights(Map<String, int[]> weights);

  int nested(List<Optional<Segment>> segments);

  int small(List<@Range(min = 0, max = 9) Integer> small);

  int wide(List<? extends Point> points);

  int words(List<@From(Words.class) String> words);

  int[] sorted(@Size(max = 4) @Range(min = 0, max = 9) int[] digits);

  int bits(boolean[] flags, byte[] bytes, short[] shorts, char[] chars);

  int numbers(long[] longs, float[] floats, double[] doubles);

  int names(@Size(min = 1, max = 2) String[] names);

  int grid(int @Size(max = 2) [][] grid);

  int points(Point[] points);

  int total(@Size(max = 3) Collection<Integer> values);

  int letters(Iterable<String> words);
}

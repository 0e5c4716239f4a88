package dev.modelof.example.types;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public class Types {
  private int calls;

  public Types(int[] seeds) {
    calls = seeds.length;
  }

  public void point(Point point) {
    calls++;
  }

  public void segment(Segment segment) {
    calls++;
  }

  public void pair(Pair<Integer, String> pair) {
    calls++;
  }

  public void tagged(Tagged tagged) {
    calls++;
  }

  public void origin(Point origin) {
    calls++;
  }

  public boolean present(Optional<Point> point) {
    return point.isPresent();
  }

  public int count(List<Point> points) {
    return points.size();
  }

  public int colors(Set<Color> colors) {
    return colors.size();
  }

  public int weights(Map<String, int[]> weights) {
    return weights.size();
  }

  public int nested(List<Optional<Segment>> segments) {
    return segments.size();
  }

  public int small(List<Integer> small) {
    return small.size();
  }

  public int wide(List<? extends Point> points) {
    return points.size();
  }

  public int words(List<String> words) {
    return words.size();
  }

  public int[] sorted(int[] digits) {
    Arrays.sort(digits);
    return digits;
  }

  public int bits(boolean[] flags, byte[] bytes, short[] shorts, char[] chars) {
    return flags.length + bytes.length + shorts.length + chars.length;
  }

  public int numbers(long[] longs, float[] floats, double[] doubles) {
    return longs.length + floats.length + doubles.length;
  }

  public int names(String[] names) {
    return names.length;
  }

  public int grid(int[][] grid) {
    return grid.length;
  }

  public int points(Point[] points) {
    return points.length + calls * 0;
  }

  public int total(Collection<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).sum();
  }

  public int letters(Iterable<String> words) {
    int letters = 0;
    for (String word : words) {
      letters += word.length();
    }
    return letters;
  }
}

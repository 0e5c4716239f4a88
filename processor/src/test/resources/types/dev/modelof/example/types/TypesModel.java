package dev.modelof.example.types;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

final class TypesModel implements TypesSpec {
  private int calls;

  TypesModel(int[] seeds) {
    calls = seeds.length;
  }

  @Override
  public void point(Point point) {
    calls++;
  }

  @Override
  public void segment(Segment segment) {
    calls++;
  }

  @Override
  public void pair(Pair<Integer, String> pair) {
    calls++;
  }

  @Override
  public void tagged(Tagged tagged) {
    calls++;
  }

  @Override
  public void origin(Point origin) {
    calls++;
  }

  @Override
  public boolean present(Optional<Point> point) {
    return point.isPresent();
  }

  @Override
  public int count(List<Point> points) {
    return points.size();
  }

  @Override
  public int colors(Set<Color> colors) {
    return colors.size();
  }

  @Override
  public int weights(Map<String, int[]> weights) {
    return weights.size();
  }

  @Override
  public int nested(List<Optional<Segment>> segments) {
    return segments.size();
  }

  @Override
  public int small(List<Integer> small) {
    return small.size();
  }

  @Override
  public int wide(List<? extends Point> points) {
    return points.size();
  }

  @Override
  public int words(List<String> words) {
    return words.size();
  }

  @Override
  public int[] sorted(int[] digits) {
    Arrays.sort(digits);
    return digits;
  }

  @Override
  public int bits(boolean[] flags, byte[] bytes, short[] shorts, char[] chars) {
    return flags.length + bytes.length + shorts.length + chars.length;
  }

  @Override
  public int numbers(long[] longs, float[] floats, double[] doubles) {
    return longs.length + floats.length + doubles.length;
  }

  @Override
  public int names(String[] names) {
    return names.length;
  }

  @Override
  public int grid(int[][] grid) {
    return grid.length;
  }

  @Override
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

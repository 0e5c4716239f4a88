package dev.modelof.example.types;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The operations of {@link TypesSpec}, one record per operation.
 */
@Generated("dev.modelof.processor.ModelOfProcessor")
@SuppressWarnings({"deprecation", "removal"})
public sealed interface TypesSpecOp permits TypesSpecOp.Point, TypesSpecOp.Segment, TypesSpecOp.Pair, TypesSpecOp.Tagged, TypesSpecOp.Origin, TypesSpecOp.Present, TypesSpecOp.Count, TypesSpecOp.Colors, TypesSpecOp.Weights, TypesSpecOp.Nested, TypesSpecOp.Small, TypesSpecOp.Wide, TypesSpecOp.Words, TypesSpecOp.Sorted, TypesSpecOp.Bits, TypesSpecOp.Numbers, TypesSpecOp.Names, TypesSpecOp.Grid, TypesSpecOp.Points, TypesSpecOp.Total, TypesSpecOp.Letters {
  /**
   * A call of {@link TypesSpec#point}.
   */
  record Point(dev.modelof.example.types.Point point) implements TypesSpecOp {
  }

  /**
   * A call of {@link TypesSpec#segment}.
   */
  record Segment(dev.modelof.example.types.Segment segment) implements TypesSpecOp {
  }

  /**
   * A call of {@link TypesSpec#pair}.
   */
  record Pair(dev.modelof.example.types.Pair<Integer, String> pair) implements TypesSpecOp {
  }

  /**
   * A call of {@link TypesSpec#tagged}.
   */
  record Tagged(dev.modelof.example.types.Tagged tagged) implements TypesSpecOp {
  }

  /**
   * A call of {@link TypesSpec#origin}.
   */
  record Origin(dev.modelof.example.types.Point origin) implements TypesSpecOp {
  }

  /**
   * A call of {@link TypesSpec#present}.
   */
  record Present(Optional<dev.modelof.example.types.Point> point) implements TypesSpecOp {
  }

  /**
   * A call of {@link TypesSpec#count}.
   */
  record Count(List<dev.modelof.example.types.Point> points) implements TypesSpecOp {
  }

  /**
   * A call of {@link TypesSpec#colors}.
   */
  record Colors(Set<Color> colors) implements TypesSpecOp {
  }

  /**
   * A call of {@link TypesSpec#weights}.
   */
  record Weights(Map<String, int[]> weights) implements TypesSpecOp {
  }

  /**
   * A call of {@link TypesSpec#nested}.
   */
  record Nested(List<Optional<dev.modelof.example.types.Segment>> segments) implements TypesSpecOp {
  }

  /**
   * A call of {@link TypesSpec#small}.
   */
  record Small(List<Integer> small) implements TypesSpecOp {
  }

  /**
   * A call of {@link TypesSpec#wide}.
   */
  record Wide(List<? extends dev.modelof.example.types.Point> points) implements TypesSpecOp {
  }

  /**
   * A call of {@link TypesSpec#words}.
   */
  record Words(List<String> words) implements TypesSpecOp {
  }

  /**
   * A call of {@link TypesSpec#sorted}.
   */
  record Sorted(int[] digits) implements TypesSpecOp {
  }

  /**
   * A call of {@link TypesSpec#bits}.
   */
  record Bits(boolean[] flags, byte[] bytes, short[] shorts, char[] chars) implements TypesSpecOp {
  }

  /**
   * A call of {@link TypesSpec#numbers}.
   */
  record Numbers(long[] longs, float[] floats, double[] doubles) implements TypesSpecOp {
  }

  /**
   * A call of {@link TypesSpec#names}.
   */
  record Names(String[] names) implements TypesSpecOp {
  }

  /**
   * A call of {@link TypesSpec#grid}.
   */
  record Grid(int[][] grid) implements TypesSpecOp {
  }

  /**
   * A call of {@link TypesSpec#points}.
   */
  record Points(dev.modelof.example.types.Point[] points) implements TypesSpecOp {
  }

  /**
   * A call of {@link TypesSpec#total}.
   */
  record Total(Collection<Integer> values) implements TypesSpecOp {
  }

  /**
   * A call of {@link TypesSpec#letters}.
   */
  record Letters(Iterable<String> words) implements TypesSpecOp {
  }
}

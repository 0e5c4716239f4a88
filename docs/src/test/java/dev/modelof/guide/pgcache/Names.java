package dev.modelof.guide.pgcache;

import dev.modelof.Gen;
import dev.modelof.Source;
import java.util.List;

/**
 * The names the spec's operations draw: a few of each kind, so that a later step often names what
 * an earlier one made. Each shrinks to the names before it in its list.
 */
final class Names {
  private Names() {}

  // [pgcache-names]
  /**
   * Names of tables (t1, t2) and views (v1, v2). One generator for both, so that shrinking turns
   * t2 into t1 at once in every step that names it, whether it names a table or any relation.
   */
  public record Relations() implements Gen<String> {
    @Override
    public String generate(Source source) {
      return source.pick(List.of("t1", "t2", "v1", "v2"));
    }

    @Override
    public List<String> shrink(String name) {
      return before(List.of("t1", "t2", "v1", "v2"), name);
    }
  }

  /** The columns a rename may name: a, which every table starts with, and the added b and c. */
  public record Columns() implements Gen<String> {
    @Override
    public String generate(Source source) {
      return source.pick(List.of("a", "b", "c"));
    }

    @Override
    public List<String> shrink(String name) {
      return before(List.of("a", "b", "c"), name);
    }
  }
  // [/pgcache-names]

  /** The columns addColumn adds: b, c. */
  public record AddedColumns() implements Gen<String> {
    @Override
    public String generate(Source source) {
      return source.pick(List.of("b", "c"));
    }

    @Override
    public List<String> shrink(String name) {
      return before(List.of("b", "c"), name);
    }
  }

  /** The names a rename gives: x, y. */
  public record NewNames() implements Gen<String> {
    @Override
    public String generate(Source source) {
      return source.pick(List.of("x", "y"));
    }

    @Override
    public List<String> shrink(String name) {
      return before(List.of("x", "y"), name);
    }
  }

  /** The names before {@code name} in {@code names}: what it shrinks to. */
  private static List<String> before(List<String> names, String name) {
    int at = names.indexOf(name);
    return at <= 0 ? List.of() : names.subList(0, at);
  }
}

package dev.modelof.guide.pgcache;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

// [pgcache-model]
/** The schema as maps and lists: what PostgreSQL holds, with nothing cached. */
final class SchemaModel implements CachingLayerSpec {
  /** A table: its column names, and its rows, one value per column (null for a column added later). */
  record Table(List<String> columns, List<List<Integer>> rows) {}

  /** A view: the table it reads, and the names of its columns, the table's first ones when it was made. */
  record View(String table, List<String> columns) {}

  private final Map<String, Table> tables = new HashMap<>();
  private final Map<String, View> views = new HashMap<>();

  public void createTable(String table) {
    tables.put(table, new Table(new ArrayList<>(List.of("a")), new ArrayList<>()));
  }

  public void dropTable(String table) {
    tables.remove(table);
  }

  public void addColumn(String table, String column) {
    Table t = tables.get(table);
    t.columns().add(column);
    t.rows().forEach(row -> row.add(null));
  }

  public void renameColumn(String table, String column, String newName) {
    List<String> names = tables.get(table).columns();
    names.set(names.indexOf(column), newName);
  }

  public void createView(String view, String table) {
    views.put(view, new View(table, List.copyOf(tables.get(table).columns())));
  }

  public void insert(String table, int value) {
    Table t = tables.get(table);
    t.rows().add(new ArrayList<>(Collections.nCopies(t.columns().size(), value)));
  }

  public int delete(String table, int value) {
    List<List<Integer>> rows = tables.get(table).rows();
    int before = rows.size();
    rows.removeIf(row -> Integer.valueOf(value).equals(row.get(0)));
    return before - rows.size();
  }

  public List<String> columns(String relation) {
    View view = views.get(relation);
    return view != null ? view.columns() : List.copyOf(tables.get(relation).columns());
  }

  /** The rows in the order of ORDER BY 1, 2, ...: by each column in turn, nulls last. */
  public List<String> query(String relation) {
    View view = views.get(relation);
    Table table = tables.get(view != null ? view.table() : relation);
    List<String> names = columns(relation);
    Comparator<Integer> nullsLast = Comparator.nullsLast(Comparator.naturalOrder());
    return table.rows().stream()
        .map(row -> row.subList(0, names.size()))
        .sorted((a, b) -> {
          for (int i = 0; i < a.size(); i++) {
            int order = nullsLast.compare(a.get(i), b.get(i));
            if (order != 0) {
              return order;
            }
          }
          return 0;
        })
        .map(row -> {
          List<String> cells = new ArrayList<>();
          for (int i = 0; i < names.size(); i++) {
            cells.add(names.get(i) + "=" + row.get(i));
          }
          return String.join(" ", cells);
        })
        .toList();
  }
  // [/pgcache-model]

  // [pgcache-from-model]
  /** The tables, for {@code @FromModel("tables")}: in order, so that a seed draws the same each run. */
  List<String> tables() {
    return tables.keySet().stream().sorted().toList();
  }

  /** The tables and the views. */
  List<String> relations() {
    return Stream.concat(tables.keySet().stream(), views.keySet().stream()).sorted().toList();
  }
  // [/pgcache-from-model]

  // [pgcache-preconditions]
  /** Tables are named t1, t2, views v1, v2: a table and a view never want the same name. */
  boolean isNewTable(String table) {
    return table.startsWith("t") && !tables.containsKey(table);
  }

  /** PostgreSQL refuses to drop a table that a view reads. */
  boolean noViewReads(String table) {
    return views.values().stream().noneMatch(v -> v.table().equals(table));
  }

  boolean isNewColumn(String table, String column) {
    return tables.containsKey(table) && !tables.get(table).columns().contains(column);
  }

  boolean canRename(String table, String column, String newName) {
    List<String> columns = tables.containsKey(table) ? tables.get(table).columns() : List.of();
    return columns.contains(column) && !columns.contains(newName);
  }

  boolean isNewView(String view, String table) {
    return view.startsWith("v") && !views.containsKey(view);
  }
  // [/pgcache-preconditions]
}

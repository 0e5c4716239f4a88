package dev.modelof.guide.pgcache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A cache in front of one PostgreSQL schema: the column names of each table and view, and the rows
 * a query read, are answered from memory once read; DDL and DML go to the database as they are and
 * evict what they change. Table, view and column names are plain lower-case SQL identifiers.
 */
public class CachingLayer implements AutoCloseable {
  private final Connection connection;

  /** The column names of each table and view, in order, as the catalogue gave them. */
  protected final Map<String, List<String>> columns = new HashMap<>();

  /** The rows a query of each table or view read, one text per row. */
  protected final Map<String, List<String>> rows = new HashMap<>();

  /** The views that read each table. */
  protected final Map<String, Set<String>> views = new HashMap<>();

  /** A layer over the schema that {@code connection}'s search path names; closing the layer closes it. */
  public CachingLayer(Connection connection) {
    this.connection = connection;
  }

  // [pgcache-ddl]
  /** A table with one column, {@code a}. */
  public void createTable(String table) {
    execute("CREATE TABLE " + table + " (a integer)");
  }

  public void dropTable(String table) {
    execute("DROP TABLE " + table);
    columns.remove(table);
    forgetRows(table);
  }

  public void addColumn(String table, String column) {
    execute("ALTER TABLE " + table + " ADD COLUMN " + column + " integer");
    columns.remove(table);
    forgetRows(table);
  }

  public void renameColumn(String table, String column, String newName) {
    execute("ALTER TABLE " + table + " RENAME COLUMN " + column + " TO " + newName);
    columns.remove(table);
    forgetRows(table); // rows are shown with their column names
  }

  public void createView(String view, String table) {
    execute("CREATE VIEW " + view + " AS SELECT * FROM " + table);
    views.computeIfAbsent(table, t -> new HashSet<>()).add(view);
  }
  // [/pgcache-ddl]

  // [pgcache-dml]
  /** Adds a row with {@code value} in every column. */
  public void insert(String table, int value) {
    List<String> names = columns(table);
    String marks = names.stream().map(name -> "?").collect(Collectors.joining(", "));
    update("INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES (" + marks + ")",
        names.stream().map(name -> value).toArray());
    forgetRows(table);
  }

  /** Deletes the rows whose first column holds {@code value}: how many there were. */
  public int delete(String table, int value) {
    int deleted = update("DELETE FROM " + table + " WHERE " + columns(table).get(0) + " = ?", value);
    forgetRows(table);
    return deleted;
  }

  /** Forgets the cached rows of {@code table} and of every view that reads it. */
  protected void forgetRows(String table) {
    rows.remove(table);
    views.getOrDefault(table, Set.of()).forEach(rows::remove);
  }
  // [/pgcache-dml]

  // [pgcache-reads]
  /** The column names of a table or view, in order. */
  public List<String> columns(String relation) {
    return columns.computeIfAbsent(relation, this::readColumns);
  }

  /** Every row of a table or view, in order, as {@code "a=1 b=null"}. */
  public List<String> query(String relation) {
    return rows.computeIfAbsent(relation, this::readRows);
  }
  // [/pgcache-reads]

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new LayerException(e);
    }
  }

  private List<String> readColumns(String relation) {
    String sql = "SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass AND attnum > 0"
        + " AND NOT attisdropped ORDER BY attnum";
    try (PreparedStatement statement = prepare(sql, relation); ResultSet result = statement.executeQuery()) {
      List<String> names = new ArrayList<>();
      while (result.next()) {
        names.add(result.getString(1));
      }
      return List.copyOf(names);
    } catch (SQLException e) {
      throw new LayerException(e);
    }
  }

  private List<String> readRows(String relation) {
    String order = IntStream.rangeClosed(1, columns(relation).size())
        .mapToObj(String::valueOf)
        .collect(Collectors.joining(", "));
    String sql = "SELECT * FROM " + relation + " ORDER BY " + order;
    try (PreparedStatement statement = prepare(sql); ResultSet result = statement.executeQuery()) {
      ResultSetMetaData meta = result.getMetaData();
      List<String> out = new ArrayList<>();
      while (result.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          cells.add(meta.getColumnName(i) + "=" + result.getObject(i));
        }
        out.add(String.join(" ", cells));
      }
      return List.copyOf(out);
    } catch (SQLException e) {
      throw new LayerException(e);
    }
  }

  /** Runs DDL. */
  protected final void execute(String sql) {
    update(sql);
  }

  /** Runs a statement with {@code args}: how many rows it changed. */
  protected final int update(String sql, Object... args) {
    try (PreparedStatement statement = prepare(sql, args)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new LayerException(e);
    }
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      statement.setObject(i + 1, args[i]);
    }
    return statement;
  }
}

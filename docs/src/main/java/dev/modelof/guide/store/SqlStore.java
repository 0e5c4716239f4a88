package dev.modelof.guide.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** A key-value store in one SQL table, over JDBC. */
public class SqlStore implements AutoCloseable {
  // [store-connect]
  private static final AtomicLong DATABASES = new AtomicLong();

  protected final Connection connection;

  /** A store on a new, empty in-memory database of its own; it lives until {@link #close}. */
  public SqlStore() {
    this("jdbc:h2:mem:store-" + DATABASES.incrementAndGet());
  }
  // [/store-connect]

  /** A store on the database at {@code url}; creates its table if needed. */
  public SqlStore(String url) {
    try {
      connection = DriverManager.getConnection(url);
      try (Statement create = connection.createStatement()) {
        create.execute("CREATE TABLE IF NOT EXISTS entries"
            + " (k VARCHAR(1000) PRIMARY KEY, v VARCHAR(1000) NOT NULL)");
      }
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  // [store-impl]
  public void put(String key, String value) {
    update("MERGE INTO entries (k, v) KEY (k) VALUES (?, ?)", key, value);
  }

  public Optional<String> get(String key) {
    List<String> values = query("SELECT v FROM entries WHERE k = ?", key);
    return values.stream().findFirst();
  }

  public boolean delete(String key) {
    return update("DELETE FROM entries WHERE k = ?", key) > 0;
  }

  /** The keys that start with {@code prefix}, in order. */
  public List<String> keys(String prefix) {
    String pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return query("SELECT k FROM entries WHERE k LIKE ? ESCAPE '\\' ORDER BY k", pattern);
  }

  public int count() {
    return Integer.parseInt(query("SELECT COUNT(*) FROM entries").get(0));
  }
  // [/store-impl]

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  /** Whether {@link #close} has closed this store, and its database with it. */
  public boolean isClosed() {
    try {
      return connection.isClosed();
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  /** Runs an update with {@code args}: how many rows it changed. */
  protected final int update(String sql, String... args) {
    try (PreparedStatement statement = prepare(sql, args)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  /** Runs a query with {@code args}: the first column of each row, as text. */
  protected final List<String> query(String sql, String... args) {
    try (PreparedStatement statement = prepare(sql, args); ResultSet rows = statement.executeQuery()) {
      List<String> out = new ArrayList<>();
      while (rows.next()) {
        out.add(rows.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  private PreparedStatement prepare(String sql, String... args) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      statement.setString(i + 1, args[i]);
    }
    return statement;
  }
}

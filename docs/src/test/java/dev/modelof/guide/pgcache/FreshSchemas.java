package dev.modelof.guide.pgcache;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.ConnectionEvent;
import javax.sql.ConnectionEventListener;
import javax.sql.PooledConnection;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The embedded PostgreSQL the chapter's tests run on, and an empty schema of its own for each
 * caller. The server starts on first use, once per JVM, and stops when the JVM exits. Connections
 * are pooled: closing one hands it back, and it is handed out again with its schema dropped and
 * created anew: a few milliseconds, where a new connection costs about ten and a new database
 * thirty to forty.
 */
public final class FreshSchemas {
  // [pgcache-server]
  /** Started when first needed, by the first try of a run or the first line of a regression test. */
  private static final class Server {
    static final EmbeddedPostgres POSTGRES = start();

    private static EmbeddedPostgres start() {
      try {
        return EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
      }
    }
  }
  // [/pgcache-server]

  private static final Deque<PooledConnection> IDLE = new ArrayDeque<>();
  private static final Map<PooledConnection, String> SCHEMAS = new HashMap<>();
  private static final AtomicInteger NEXT_SCHEMA = new AtomicInteger();

  private FreshSchemas() {}

  // [pgcache-fresh]
  /** A connection whose search path is an empty schema no other open connection uses. */
  public static Connection connect() {
    PooledConnection pooled = idleOrNew();
    try {
      Connection connection = pooled.getConnection();
      String schema = schemaOf(pooled);
      try (Statement reset = connection.createStatement()) {
        reset.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema
            + "; SET search_path TO " + schema);
      }
      return connection;
    } catch (SQLException e) {
      throw new LayerException(e);
    }
  }
  // [/pgcache-fresh]

  private static synchronized String schemaOf(PooledConnection pooled) {
    return SCHEMAS.get(pooled);
  }

  private static synchronized PooledConnection idleOrNew() {
    PooledConnection idle = IDLE.poll();
    if (idle != null) {
      return idle;
    }
    PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
    source.setURL(Server.POSTGRES.getJdbcUrl("postgres", "postgres"));
    try {
      PooledConnection pooled = source.getPooledConnection();
      SCHEMAS.put(pooled, "try" + NEXT_SCHEMA.incrementAndGet());
      pooled.addConnectionEventListener(new ConnectionEventListener() {
        @Override
        public void connectionClosed(ConnectionEvent event) {
          handBack(pooled);
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent event) {
          forget(pooled);
        }
      });
      return pooled;
    } catch (SQLException e) {
      throw new LayerException(e);
    }
  }

  private static synchronized void handBack(PooledConnection pooled) {
    if (SCHEMAS.containsKey(pooled)) {
      IDLE.push(pooled);
    }
  }

  /** A connection that failed for good is closed, not handed out again. */
  private static synchronized void forget(PooledConnection pooled) {
    IDLE.remove(pooled);
    SCHEMAS.remove(pooled);
    try {
      pooled.close();
    } catch (SQLException e) {
      // it failed already; nothing more to learn from its close
    }
  }
}

package dev.modelof.guide.pgcache;

import java.sql.SQLException;

/**
 * A database error, unchecked so callers of the layer need not declare it. Its message is the
 * first line of the database's, which PostgreSQL follows with the position of the error.
 */
public final class LayerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LayerException(SQLException cause) {
    super(cause.getMessage() == null ? null : cause.getMessage().lines().findFirst().orElse(""), cause);
  }
}

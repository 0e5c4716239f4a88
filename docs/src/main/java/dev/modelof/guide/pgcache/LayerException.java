package dev.modelof.guide.pgcache;

import java.sql.SQLException;

/** A database error, unchecked so callers of the layer need not declare it. */
public final class LayerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LayerException(SQLException cause) {
    super(cause.getMessage(), cause);
  }
}

package dev.modelof.guide.store;

import java.sql.SQLException;

/** A database error, unchecked so callers need not declare it. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(SQLException cause) {
    super(cause.getMessage(), cause);
  }
}

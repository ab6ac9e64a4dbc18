package dev.pitwall.core.session;

/**
 * A store could not do what was asked: the message names the database and the cause in words a user
 * can act on ("database /x/pitwall.mv.db is in use by another PitWall").
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.pitwall.storage.h2;

import dev.pitwall.core.session.StoreException;

/**
 * An encrypted database was opened with a password that does not decrypt it. Its own type so that a
 * caller asking a person for the password can ask again, while every other failure (file in use,
 * corrupt, not writable) is reported once.
 */
public final class WrongPasswordException extends StoreException {
  private static final long serialVersionUID = 1L;

  public WrongPasswordException(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.pitwall.storage.h2;

import java.util.Arrays;

/**
 * How {@link H2SessionStore#open(java.nio.file.Path, H2StoreOptions)} opens a database file.
 * Immutable; the password is copied in and out.
 */
public final class H2StoreOptions {
  private static final int DEFAULT_WRITE_DELAY_MS = 0;
  private final char[] password;
  private final int writeDelayMs;

  private H2StoreOptions(char[] password, int writeDelayMs) {
    this.password = password;
    this.writeDelayMs = writeDelayMs;
  }

  /** No encryption; every commit written to the file at once (ADR 0201). */
  public static H2StoreOptions defaults() {
    return new H2StoreOptions(null, DEFAULT_WRITE_DELAY_MS);
  }

  /**
   * Encrypts the file with AES (H2 {@code CIPHER=AES}) under {@code password}; a new file is
   * created encrypted, an existing one must have been created with the same password.
   */
  public H2StoreOptions withPassword(char[] password) {
    if (password == null || password.length == 0) {
      throw new IllegalArgumentException("an encryption password must not be empty");
    }
    for (char c : password) {
      if (c == ' ') { // H2 separates the file password from the user password with a space
        throw new IllegalArgumentException("an encryption password must not contain spaces");
      }
    }
    return new H2StoreOptions(password.clone(), writeDelayMs);
  }

  /**
   * Lets H2 write committed data to the file up to {@code millis} later, in its background writer
   * (which also compacts the file). 0 writes at every commit.
   */
  public H2StoreOptions withWriteDelayMillis(int millis) {
    if (millis < 0 || millis > 1000) {
      throw new IllegalArgumentException("write delay must be 0..1000 ms, not " + millis);
    }
    return new H2StoreOptions(password == null ? null : password.clone(), millis);
  }

  boolean encrypted() {
    return password != null;
  }

  /** H2's password: the file password, a space, and the (empty) user password. */
  char[] h2Password() {
    if (password == null) {
      return new char[0];
    }
    char[] out = Arrays.copyOf(password, password.length + 1);
    out[password.length] = ' ';
    return out;
  }

  int writeDelayMs() {
    return writeDelayMs;
  }
}

package dev.pitwall.storage.archive;

/**
 * The team archive could not do what was asked. The message says what to do in words a user can act
 * on; it never contains credentials. Local sessions are never touched by a failed archive
 * operation.
 */
public final class ArchiveException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why: decides whether a push is queued for later (only {@link #UNREACHABLE}). */
  public enum Kind {
    /** Network down, DNS, connection refused, timeout: retry later. */
    UNREACHABLE,
    /** Missing or refused credentials. */
    CREDENTIALS,
    /** The bucket does not exist. */
    NO_BUCKET,
    /** A bad remote, a checksum mismatch, an unknown session: fix and retry. */
    CONFIG,
    /** Any other error the store returned. */
    STORE
  }

  private final Kind kind;

  public ArchiveException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public ArchiveException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind getKind() {
    return kind;
  }
}

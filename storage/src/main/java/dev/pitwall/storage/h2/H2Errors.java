package dev.pitwall.storage.h2;

import dev.pitwall.core.session.StoreException;
import java.sql.SQLException;
import org.h2.api.ErrorCode;

/** Turns H2's SQLExceptions into one-line {@link StoreException}s a user can act on. */
final class H2Errors {
  private H2Errors() {}

  /**
   * An error while opening the database named {@code name}.
   *
   * @param fileExisted whether the database file was there before: H2 reports some foreign files as
   *     I/O errors
   */
  static StoreException onOpen(
      String name, boolean fileExisted, boolean withPassword, SQLException e) {
    if (withPassword
        && fileExisted
        && (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
            || e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD)) {
      return new WrongPasswordException("wrong password for database " + name, e);
    }
    if (fileExisted && e.getErrorCode() == ErrorCode.IO_EXCEPTION_1) {
      return corrupt(name, e);
    }
    return switch (e.getErrorCode()) {
      case ErrorCode.DATABASE_ALREADY_OPEN_1 ->
          new StoreException("database " + name + " is in use by another PitWall process", e);
      case ErrorCode.FILE_CORRUPTED_1,
          ErrorCode.FILE_VERSION_ERROR_1,
          ErrorCode.FILE_ENCRYPTION_ERROR_1,
          ErrorCode.WRONG_USER_OR_PASSWORD ->
          corrupt(name, e);
      case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2 ->
          new StoreException("cannot open database " + name + ": " + firstLine(e), e);
      default -> unexpected("cannot open database " + name, e);
    };
  }

  private static StoreException corrupt(String name, SQLException e) {
    return new StoreException("database " + name + " is corrupt or not a PitWall database", e);
  }

  /** An error while reading or writing; {@code what} says what was being done. */
  static StoreException onUse(String what, SQLException e) {
    if (e.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED) {
      return new StoreException(what + ": the database is closed", e);
    }
    return unexpected(what, e);
  }

  private static StoreException unexpected(String what, SQLException e) {
    return new StoreException(what + ": " + firstLine(e), e);
  }

  /** H2 messages carry SQL and a multi-line hint; users need the first line without the code. */
  static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    String line = (nl < 0 ? m : m.substring(0, nl)).trim();
    return line.replaceAll("\\s*\\[\\d+-\\d+]$", "");
  }
}

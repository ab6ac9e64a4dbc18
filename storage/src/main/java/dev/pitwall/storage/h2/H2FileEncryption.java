package dev.pitwall.storage.h2;

import dev.pitwall.core.session.StoreException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Arrays;
import org.h2.tools.ChangeFileEncryption;

/**
 * Encrypts, decrypts or re-keys an existing database file in place, safely: the original is never
 * touched until an encrypted copy has been written beside it and opened with the new password; the
 * copy then replaces the original in one atomic rename, and a hard-linked backup of the original is
 * kept until the replaced file has opened too. Any failure leaves the original as it was.
 *
 * <p>Passwords are char arrays that this class neither keeps nor puts into any message; {@code
 * null} means "not encrypted". Blocks for as long as copying the file takes: never the FX thread.
 */
public final class H2FileEncryption {
  private H2FileEncryption() {}

  /** What a conversion did, for the user's message. */
  public record Converted(Path file, int sessions, long bytes) {}

  /**
   * @param dbFile the database ({@code /x/pitwall} or {@code /x/pitwall.mv.db}); must exist
   * @param oldPassword its current password, {@code null} when it is not encrypted
   * @param newPassword the password it gets, {@code null} to store it unencrypted
   * @throws WrongPasswordException when {@code oldPassword} does not open it
   * @throws StoreException when it is in use, missing, or the copy cannot be written or verified
   */
  public static Converted change(Path dbFile, char[] oldPassword, char[] newPassword) {
    Path mvFile = H2DatabaseFile.mvFile(dbFile.toAbsolutePath().normalize());
    if (!Files.isRegularFile(mvFile)) {
      throw new StoreException("database " + mvFile + " does not exist");
    }
    H2StoreOptions before = options(oldPassword);
    H2StoreOptions after = options(newPassword);
    int sessions = countSessions(mvFile, before); // checks the password, recovers, not in use
    String base = baseName(mvFile);
    Path work = mvFile.resolveSibling(base + ".converting");
    Path backup = mvFile.resolveSibling(base + ".mv.db.before-conversion");
    try {
      deleteTree(work);
      Files.createDirectory(work);
      Path copy = work.resolve(base + ".mv.db");
      Files.copy(mvFile, copy);
      rewrite(work, base, oldPassword, newPassword);
      verify(copy, after, sessions, "the converted copy");
      link(mvFile, backup);
      Files.move(copy, mvFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      verifyOrRestore(mvFile, after, sessions, backup);
      Files.delete(backup);
      return new Converted(mvFile, sessions, Files.size(mvFile));
    } catch (IOException e) {
      throw new StoreException(
          "cannot convert database " + mvFile + ": " + e + " — the original is unchanged", e);
    } finally {
      deleteTreeQuietly(work);
    }
  }

  private static H2StoreOptions options(char[] password) {
    return password == null
        ? H2StoreOptions.defaults()
        : H2StoreOptions.defaults().withPassword(password);
  }

  private static int countSessions(Path mvFile, H2StoreOptions options) {
    try (H2SessionStore store = H2SessionStore.open(mvFile, options)) {
      return store.sessions().size();
    }
  }

  /** H2's tool re-encrypts every file of database {@code base} in {@code dir} (here: the copy). */
  private static void rewrite(Path dir, String base, char[] oldPassword, char[] newPassword) {
    char[] decrypt = copyOrNull(oldPassword);
    char[] encrypt = copyOrNull(newPassword);
    try {
      ChangeFileEncryption.execute(dir.toString(), base, "AES", decrypt, encrypt, true);
    } catch (SQLException e) {
      // H2's message names files and the cipher, never the password
      throw new StoreException(
          "cannot re-encrypt a copy of database " + base + ": " + H2Errors.firstLine(e), e);
    } finally {
      wipe(decrypt);
      wipe(encrypt);
    }
  }

  private static void wipe(char[] password) {
    if (password != null) {
      Arrays.fill(password, '\0');
    }
  }

  private static char[] copyOrNull(char[] password) {
    return password == null ? null : Arrays.copyOf(password, password.length); // H2 may keep it
  }

  private static void verify(Path mvFile, H2StoreOptions options, int sessions, String what) {
    int found;
    try {
      found = countSessions(mvFile, options);
    } catch (StoreException e) {
      throw new StoreException(what + " does not open: " + e.getMessage(), e);
    }
    if (found != sessions) {
      throw new StoreException(what + " holds " + found + " sessions instead of " + sessions);
    }
  }

  private static void verifyOrRestore(
      Path mvFile, H2StoreOptions options, int sessions, Path backup) throws IOException {
    try {
      verify(mvFile, options, sessions, "database " + mvFile + " after conversion");
    } catch (StoreException e) {
      Files.move(
          backup, mvFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      throw new StoreException(e.getMessage() + " — the original was restored", e);
    }
  }

  /** A hard link costs no copy; a file system without links gets a copy. */
  private static void link(Path mvFile, Path backup) throws IOException {
    Files.deleteIfExists(backup);
    try {
      Files.createLink(backup, mvFile);
    } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
      Files.copy(mvFile, backup, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      Files.copy(mvFile, backup, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String baseName(Path mvFile) {
    String name = mvFile.getFileName().toString();
    return name.substring(0, name.length() - ".mv.db".length());
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  private static void deleteTreeQuietly(Path dir) {
    try {
      deleteTree(dir);
    } catch (IOException e) {
      // a leftover work directory is removed by the next conversion
    }
  }
}

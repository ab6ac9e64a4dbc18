package dev.pitwall.storage.h2;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What can be known about a database file without opening it — so an application can ask for the
 * password of an encrypted database before it opens the store.
 */
public final class H2DatabaseFile {
  // the header H2's FilePathEncrypt writes at the start of an AES-encrypted file (as H2FileChecks)
  private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

  private H2DatabaseFile() {}

  /**
   * Whether the database {@code dbFile} ({@code /x/pitwall} or {@code /x/pitwall.mv.db}) exists and
   * is encrypted. A missing or unreadable file is not encrypted: opening it reports the problem.
   */
  public static boolean isEncrypted(Path dbFile) {
    Path mvFile = mvFile(dbFile);
    if (!Files.isRegularFile(mvFile)) {
      return false;
    }
    byte[] head = new byte[ENCRYPTED_HEADER.length];
    try (var in = Files.newInputStream(mvFile)) {
      return in.readNBytes(head, 0, head.length) == head.length
          && java.util.Arrays.equals(head, ENCRYPTED_HEADER);
    } catch (IOException e) {
      return false;
    }
  }

  /** The {@code .mv.db} file H2 keeps the database {@code dbFile} in. */
  public static Path mvFile(Path dbFile) {
    String name = dbFile.getFileName().toString();
    return name.endsWith(".mv.db") ? dbFile : dbFile.resolveSibling(name + ".mv.db");
  }
}

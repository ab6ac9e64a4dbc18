package dev.pitwall.app.live;

import dev.pitwall.app.ui.database.EncryptDialog;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.storage.h2.H2DatabaseFile;
import dev.pitwall.storage.h2.H2FileEncryption;
import dev.pitwall.storage.h2.H2StoreOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * File → Encrypt database… for the window's database. The window keeps the database open (the live
 * session records into it, the browser reads it) and H2 cannot change a file's encryption while it
 * is open, so the password is kept in memory and the file is converted by {@link H2FileEncryption}
 * right after the window has closed its store ({@link #close}).
 *
 * <p>Thread-safe: {@link #encrypt} runs on a background thread, {@link #afterStoreClosed} on the
 * thread that opened the window.
 */
final class EncryptOnClose implements EncryptDialog.Encryptor, AutoCloseable {
  private final Path db;
  private final PrintWriter out;
  private final PrintWriter err;
  private char[] pending; // guarded by this

  EncryptOnClose(Path db, PrintWriter out, PrintWriter err) {
    this.db = db;
    this.out = out;
    this.err = err;
  }

  /** Declared before the store in a try-with-resources: runs after the store has closed. */
  @Override
  public void close() {
    afterStoreClosed(out, err);
  }

  @Override
  public synchronized String encrypt(char[] password) {
    if (H2DatabaseFile.isEncrypted(db)) {
      throw new StoreException(
          "database " + db + " is already encrypted ('pitwall db change-password' changes it)");
    }
    H2StoreOptions.defaults().withPassword(password); // rejects what H2 cannot take
    if (pending != null) {
      Arrays.fill(pending, '\0');
    }
    pending = password.clone();
    return "Database "
        + db.toAbsolutePath()
        + " will be encrypted when PitWall closes (it is open in this window now)";
  }

  /** Converts the file if encryption was asked for; says how it went on {@code out}. */
  synchronized void afterStoreClosed(PrintWriter out, PrintWriter err) {
    if (pending == null) {
      return;
    }
    try {
      H2FileEncryption.Converted c = H2FileEncryption.change(db, null, pending);
      out.printf(Locale.ROOT, "database %s encrypted (%d sessions)%n", c.file(), c.sessions());
    } catch (StoreException e) {
      err.println("pitwall: " + e.getMessage());
    } finally {
      Arrays.fill(pending, '\0');
      pending = null;
      out.flush();
      err.flush();
    }
  }
}

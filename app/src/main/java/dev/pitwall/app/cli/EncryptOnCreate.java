package dev.pitwall.app.cli;

import dev.pitwall.app.live.AppServices;
import dev.pitwall.app.live.ScriptedPassword;
import dev.pitwall.storage.h2.H2DatabaseFile;
import dev.pitwall.storage.h2.H2SessionStore;
import dev.pitwall.storage.h2.H2StoreOptions;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code record --encrypt}: the database the first recording creates is created encrypted, and the
 * recording then opens it with the password just given (not asked a third time).
 */
final class EncryptOnCreate {
  private EncryptOnCreate() {}

  static void prepare(AppServices services, Path db, Path passwordFile) {
    if (H2DatabaseFile.isEncrypted(db)) {
      return; // already is: the recording opens it as usual
    }
    if (Files.exists(H2DatabaseFile.mvFile(db))) {
      throw new CliFailure(
          "database " + db + " already exists unencrypted: 'pitwall db encrypt' converts it");
    }
    char[] password =
        DbCommand.input().read(passwordFile, ScriptedPassword.ENV, "new database password", true);
    try {
      H2SessionStore.open(db, H2StoreOptions.defaults().withPassword(password)).close();
      services.rememberPassword(db, password);
    } finally {
      PasswordInput.wipe(password);
    }
  }
}

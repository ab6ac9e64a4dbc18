package dev.pitwall.storage.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2DatabaseFileTest {
  private static final H2StoreOptions SECRET =
      H2StoreOptions.defaults().withPassword("pit-wall-2026".toCharArray());

  @TempDir Path dir;

  @Test
  void tellsAnEncryptedFileFromAPlainOneWithoutOpeningIt() throws Exception {
    H2SessionStore.open(dir.resolve("secret"), SECRET).close();
    H2SessionStore.open(dir.resolve("plain")).close();
    assertTrue(H2DatabaseFile.isEncrypted(dir.resolve("secret")));
    assertTrue(H2DatabaseFile.isEncrypted(dir.resolve("secret.mv.db")));
    assertFalse(H2DatabaseFile.isEncrypted(dir.resolve("plain")));
    assertFalse(H2DatabaseFile.isEncrypted(dir.resolve("missing")), "a new file is not encrypted");
    Files.writeString(dir.resolve("short.mv.db"), "H2");
    assertFalse(H2DatabaseFile.isEncrypted(dir.resolve("short")));
  }

  @Test
  void wrongPasswordHasItsOwnTypeSoAPersonCanBeAskedAgain() {
    H2SessionStore.open(dir.resolve("secret"), SECRET).close();
    H2StoreOptions wrong = H2StoreOptions.defaults().withPassword("guess".toCharArray());
    StoreException e =
        assertThrows(StoreException.class, () -> H2SessionStore.open(dir.resolve("secret"), wrong));
    assertInstanceOf(WrongPasswordException.class, e);
    assertEquals("wrong password for database " + dir.resolve("secret.mv.db"), e.getMessage());
    StoreException none =
        assertThrows(StoreException.class, () -> H2SessionStore.open(dir.resolve("secret")));
    assertFalse(none instanceof WrongPasswordException, "no password is not a wrong password");
  }
}

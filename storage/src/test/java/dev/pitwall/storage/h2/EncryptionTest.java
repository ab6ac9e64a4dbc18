package dev.pitwall.storage.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionTest {
  private static final Channel SPEED = new Channel("speed", "km/h", 100);
  private static final H2StoreOptions SECRET =
      H2StoreOptions.defaults().withPassword("pit-wall-2026".toCharArray());

  @TempDir Path dir;

  private Path encryptedWithOneSession() {
    Path db = dir.resolve("secret");
    try (H2SessionStore store = H2SessionStore.open(db, SECRET);
        SessionRecording rec =
            store.startSession(
                new SessionInfo("Team Confidential GR86", "Ana", "cota", "sim", Instant.EPOCH))) {
      rec.append(SampleBlock.single(SPEED, 0, 187.25));
    }
    return dir.resolve("secret.mv.db");
  }

  @Test
  void encryptedFileReopensWithItsPasswordAndHidesItsContent() throws Exception {
    Path file = encryptedWithOneSession();
    String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    assertFalse(raw.contains("Team Confidential"), "car name readable in the file");
    assertFalse(raw.contains("SESSIONS"), "table names readable in the file");
    try (H2SessionStore store = H2SessionStore.open(file, SECRET)) {
      long id = store.sessions().get(0).id();
      assertEquals("Team Confidential GR86", store.sessions().get(0).info().car());
      assertEquals(187.25, store.read(id, SPEED, 0, 1).value(0));
    }
  }

  @Test
  void wrongPasswordGetsAOneLineMessage() {
    Path file = encryptedWithOneSession();
    H2StoreOptions wrong = H2StoreOptions.defaults().withPassword("pit-wall-2025".toCharArray());
    StoreException e = assertThrows(StoreException.class, () -> H2SessionStore.open(file, wrong));
    assertEquals("wrong password for database " + file, e.getMessage());
    H2SessionStore.open(file, SECRET).close(); // the failed open released the file
  }

  @Test
  void missingOrNeedlessPasswordIsNamed() {
    Path file = encryptedWithOneSession();
    StoreException none = assertThrows(StoreException.class, () -> H2SessionStore.open(file));
    assertEquals(
        "database " + file + " is encrypted: a password is needed to open it", none.getMessage());
    Path plain = dir.resolve("plain.mv.db");
    H2SessionStore.open(plain).close();
    StoreException needless =
        assertThrows(StoreException.class, () -> H2SessionStore.open(plain, SECRET));
    assertEquals(
        "database " + plain + " is not encrypted: open it without a password",
        needless.getMessage());
    H2SessionStore.open(plain).close();
  }

  @Test
  void passwordWithASpaceIsRefusedBeforeH2MisreadsIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> H2StoreOptions.defaults().withPassword("two words".toCharArray()));
    assertEquals("an encryption password must not contain spaces", e.getMessage());
  }
}

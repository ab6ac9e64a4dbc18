package dev.pitwall.storage.h2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2FileEncryptionTest {
  private static final Channel SPEED = new Channel("speed", "km/h", 100);
  private static final String SECRET = "pit-wall-2026";

  @TempDir Path dir;

  private Path plainWithTwoSessions() {
    Path db = dir.resolve("pitwall");
    try (H2SessionStore store = H2SessionStore.open(db)) {
      for (int i = 0; i < 2; i++) {
        try (SessionRecording rec =
            store.startSession(new SessionInfo("GR86", "Ana", "cota", "sim", Instant.EPOCH))) {
          rec.append(SampleBlock.single(SPEED, 1_000_000L * i, 187.25 + i));
        }
      }
    }
    return db;
  }

  private static double speedSum(H2SessionStore store) {
    return store.sessions().stream()
        .mapToDouble(s -> store.read(s.id(), SPEED, 0, Long.MAX_VALUE).values()[0])
        .sum();
  }

  @Test
  void encryptsThenChangesPasswordThenDecryptsKeepingEverySample() {
    Path db = plainWithTwoSessions();
    var encrypted = H2FileEncryption.change(db, null, SECRET.toCharArray());
    assertEquals(2, encrypted.sessions());
    assertTrue(H2DatabaseFile.isEncrypted(db));
    assertThrows(StoreException.class, () -> H2SessionStore.open(db).close());

    H2FileEncryption.change(db, SECRET.toCharArray(), "other-one".toCharArray());
    assertThrows(
        WrongPasswordException.class, () -> H2SessionStore.open(db, options(SECRET)).close());
    try (H2SessionStore store = H2SessionStore.open(db, options("other-one"))) {
      assertEquals(2, store.sessions().size());
      assertEquals(187.25 + 188.25, speedSum(store), 1e-3);
    }

    H2FileEncryption.change(db, "other-one".toCharArray(), null);
    assertFalse(H2DatabaseFile.isEncrypted(db));
    try (H2SessionStore store = H2SessionStore.open(db)) {
      assertEquals(2, store.sessions().size());
    }
    assertFalse(Files.exists(dir.resolve("pitwall.converting")), "work directory removed");
    assertFalse(Files.exists(dir.resolve("pitwall.mv.db.before-conversion")), "backup removed");
  }

  @Test
  void databaseInUseIsNotConvertedAndStaysIntact() throws Exception {
    Path db = plainWithTwoSessions();
    Path file = dir.resolve("pitwall.mv.db");
    try (H2SessionStore open = H2SessionStore.open(db)) {
      byte[] before = Files.readAllBytes(file);
      StoreException e =
          assertThrows(
              StoreException.class, () -> H2FileEncryption.change(db, null, "x1".toCharArray()));
      assertTrue(e.getMessage().contains("in use"), e.getMessage());
      assertArrayEquals(before, Files.readAllBytes(file));
      assertEquals(2, open.sessions().size());
    }
    assertFalse(H2DatabaseFile.isEncrypted(db));
  }

  @Test
  void databaseRecordedIntoByAnotherProcessIsNotConverted() throws Exception {
    Path db = dir.resolve("live.mv.db");
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                javaBin,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                RecordingChild.class.getName(),
                db.toString())
            .redirectError(dir.resolve("child-stderr.txt").toFile())
            .start();
    try (var out =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(
                child.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
      String first = out.readLine(); // the child has opened the store and is recording
      assertTrue(first != null && first.startsWith("session "), "child said " + first);
      StoreException e =
          assertThrows(
              StoreException.class, () -> H2FileEncryption.change(db, null, "x1".toCharArray()));
      assertEquals("database " + db + " is in use by another PitWall process", e.getMessage());
    } finally {
      child.destroyForcibly();
      assertTrue(child.waitFor(10, java.util.concurrent.TimeUnit.SECONDS), "child did not die");
    }
    assertFalse(H2DatabaseFile.isEncrypted(db));
    assertFalse(Files.exists(dir.resolve("live.converting")));
    try (H2SessionStore store = H2SessionStore.open(db)) {
      assertEquals(1, store.sessions().size(), "the recording survived");
    }
  }

  @Test
  void wrongCurrentPasswordLeavesTheFileAndNeverShowsEitherPassword() throws Exception {
    Path db = plainWithTwoSessions();
    H2FileEncryption.change(db, null, SECRET.toCharArray());
    byte[] before = Files.readAllBytes(dir.resolve("pitwall.mv.db"));
    StoreException e =
        assertThrows(
            WrongPasswordException.class,
            () -> H2FileEncryption.change(db, "guess-123".toCharArray(), "new-456".toCharArray()));
    assertFalse(e.getMessage().contains("guess-123") || e.getMessage().contains("new-456"));
    assertArrayEquals(before, Files.readAllBytes(dir.resolve("pitwall.mv.db")));
  }

  private static H2StoreOptions options(String password) {
    return H2StoreOptions.defaults().withPassword(password.toCharArray());
  }
}

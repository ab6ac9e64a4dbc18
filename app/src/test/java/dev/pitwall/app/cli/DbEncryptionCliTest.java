package dev.pitwall.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.storage.h2.H2DatabaseFile;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pitwall db encrypt|change-password|decrypt} and {@code record --encrypt} through the real
 * command line: passwords from files and the environment, never from an argument or in any output.
 */
class DbEncryptionCliTest {
  private static final String SECRET = "Grid-Walk-2026";
  private static final String OTHER = "Parc-Ferme-7";

  @TempDir Path dir;

  private static UnaryOperator<String> env(String password) {
    return Map.of("PITWALL_DB_PASSWORD", password)::get;
  }

  private Path passwordFile(String name, String password) throws Exception {
    return Files.writeString(dir.resolve(name), password + "\n");
  }

  /** 20 s of the simulated car at COTA into {@code db}. */
  private static CliRun record(Path db, String... extra) {
    return CliRun.recordSim(db, "cota", "20s", extra);
  }

  /** {@code pitwall db COMMAND --db DB OPTIONS...}: the passwords come from files or the env. */
  private static CliRun db(String command, Path db, String... options) {
    String[] args = {"db", command, "--db", db.toString()};
    return CliRun.of(Stream.of(args, options).flatMap(Stream::of).toArray(String[]::new));
  }

  private static void assertNoPassword(CliRun r, String... passwords) {
    for (String p : passwords) {
      assertFalse(r.out().contains(p) || r.err().contains(p), "password leaked: " + r);
    }
  }

  @Test
  void encryptRecordListWithPasswordRefuseWrongOneThenDecrypt() throws Exception {
    Path db = dir.resolve("pw");
    assertEquals(0, record(db).code());
    CliRun enc = db("encrypt", db, "--password-file", passwordFile("new.txt", SECRET).toString());
    assertEquals(0, enc.code(), enc.err());
    assertTrue(enc.out().contains("encrypted (1 sessions"), enc.out());
    assertTrue(H2DatabaseFile.isEncrypted(db));

    CliRun second = CliRun.withEnv(env(SECRET), CliRun.recordSimArgs(db, "cota", "20s"));
    assertEquals(0, second.code(), second.err());
    CliRun list = CliRun.withEnv(env(SECRET), "sessions", "--db", db.toString());
    assertEquals(0, list.code(), list.err());
    assertEquals(2, list.out().lines().filter(l -> l.contains("cota")).count(), list.out());

    CliRun wrong = CliRun.withEnv(env("guess-123"), "sessions", "--db", db.toString());
    assertEquals(1, wrong.code());
    assertTrue(
        wrong.err().contains("wrong password for database")
            && wrong.err().contains("PITWALL_DB_PASSWORD"),
        wrong.err());
    CliRun none = CliRun.of("sessions", "--db", db.toString());
    assertEquals(1, none.code());
    assertTrue(none.err().contains("encrypted and no password was given"), none.err());

    CliRun rekey =
        db(
            "change-password",
            db,
            "--password-file",
            passwordFile("old.txt", SECRET).toString(),
            "--new-password-file",
            passwordFile("next.txt", OTHER).toString());
    assertEquals(0, rekey.code(), rekey.err());
    assertEquals(1, CliRun.withEnv(env(SECRET), "sessions", "--db", db.toString()).code());
    CliRun dec = db("decrypt", db, "--password-file", passwordFile("cur.txt", OTHER).toString());
    assertEquals(0, dec.code(), dec.err());
    assertFalse(H2DatabaseFile.isEncrypted(db));
    CliRun plain = CliRun.of("sessions", "--db", db.toString());
    assertEquals(2, plain.out().lines().filter(l -> l.contains("cota")).count(), plain.out());
    for (CliRun r : new CliRun[] {enc, second, list, wrong, none, rekey, dec, plain}) {
      assertNoPassword(r, SECRET, OTHER);
    }
    assertNoPassword(wrong, "guess-123");
  }

  @Test
  void recordEncryptCreatesTheNewDatabaseEncrypted() throws Exception {
    Path db = dir.resolve("fresh");
    CliRun r = record(db, "--encrypt", "--password-file", passwordFile("p.txt", SECRET).toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(H2DatabaseFile.isEncrypted(db));
    assertTrue(
        Files.readString(H2DatabaseFile.mvFile(db), java.nio.charset.StandardCharsets.ISO_8859_1)
                .indexOf("cota")
            < 0,
        "track name readable in the encrypted file");
    CliRun list = CliRun.withEnv(env(SECRET), "sessions", "--db", db.toString());
    assertEquals(1, list.out().lines().filter(l -> l.contains("cota")).count(), list.out());

    Path plain = dir.resolve("plain");
    assertEquals(0, record(plain).code());
    CliRun refused =
        record(plain, "--encrypt", "--password-file", passwordFile("q.txt", SECRET).toString());
    assertEquals(1, refused.code());
    assertTrue(refused.err().contains("'pitwall db encrypt' converts it"), refused.err());
  }

  @Test
  void encryptingADatabaseInUseFailsAndLeavesItIntact() throws Exception {
    Path db = dir.resolve("busy");
    assertEquals(0, record(db).code());
    Path file = H2DatabaseFile.mvFile(db);
    try (H2SessionStore open = H2SessionStore.open(db)) {
      byte[] before = Files.readAllBytes(file);
      CliRun r = db("encrypt", db, "--password-file", passwordFile("n.txt", SECRET).toString());
      assertEquals(1, r.code());
      assertTrue(r.err().contains("in use"), r.err());
      assertArrayEquals(before, Files.readAllBytes(file));
    }
    assertFalse(H2DatabaseFile.isEncrypted(db));
    assertEquals(0, CliRun.of("sessions", "--db", db.toString()).code());
  }

  @Test
  void withoutATerminalOrFileTheNewPasswordIsNotInvented() {
    Path db = dir.resolve("pw2");
    assertEquals(0, record(db).code());
    PasswordInput.Terminal saved = PasswordInput.terminal;
    PasswordInput.terminal = prompt -> null;
    try {
      CliRun r = db("encrypt", db);
      assertEquals(1, r.code());
      assertTrue(r.err().contains("give --password-file FILE or set PITWALL_DB_PASSWORD"), r.err());
    } finally {
      PasswordInput.terminal = saved;
    }
    assertFalse(H2DatabaseFile.isEncrypted(db));
  }
}

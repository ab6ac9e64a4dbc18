package dev.pitwall.storage.h2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write-ahead tail file: records survive, torn or foreign ones end it, encryption holds. */
class TailLogTest {
  private static final char[] PASSWORD = "s3cret".toCharArray();

  @TempDir Path dir;

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void recordsAreReadBackInOrderAndResetEmptiesTheLog() throws IOException {
    Path f = dir.resolve("a.tail");
    try (TailLog log = TailLog.create(f, null)) {
      log.append(bytes("one"));
      log.append(bytes("two"));
      assertEquals(2, TailLog.read(f, null).size());
      assertArrayEquals(bytes("two"), TailLog.read(f, null).get(1));
      log.reset();
      assertEquals(TailLog.HEADER_BYTES, Files.size(f));
      log.append(bytes("three"));
      assertArrayEquals(bytes("three"), TailLog.read(f, null).get(0));
      assertEquals(1, TailLog.read(f, null).size());
    }
  }

  @Test
  void tornLastRecordIsIgnoredAndEarlierRecordsStay() throws IOException {
    Path f = dir.resolve("b.tail");
    try (TailLog log = TailLog.create(f, null)) {
      log.append(bytes("kept"));
      log.append(bytes("torn by kill -9"));
    }
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
      ch.truncate(Files.size(f) - 3); // the process died inside the last write
    }
    List<byte[]> read = TailLog.read(f, null);
    assertEquals(1, read.size());
    assertArrayEquals(bytes("kept"), read.get(0));
  }

  @Test
  void corruptRecordEndsTheLog() throws IOException {
    Path f = dir.resolve("c.tail");
    try (TailLog log = TailLog.create(f, null)) {
      log.append(bytes("first"));
      log.append(bytes("second"));
    }
    byte[] all = Files.readAllBytes(f);
    all[TailLog.HEADER_BYTES + 4] ^= 1; // a bit of the first body: its CRC no longer matches
    Files.write(f, all);
    assertTrue(TailLog.read(f, null).isEmpty());
  }

  @Test
  void encryptedLogHidesTheSamplesAndNeedsThePassword() throws IOException {
    Path f = dir.resolve("d.tail");
    try (TailLog log = TailLog.create(f, PASSWORD)) {
      log.append(bytes("speed 251.37 km/h"));
      log.append(bytes("rpm 11850"));
    }
    String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
    assertFalse(raw.contains("km/h"), "plain text in an encrypted log");
    List<byte[]> read = TailLog.read(f, PASSWORD);
    assertEquals(2, read.size());
    assertArrayEquals(bytes("rpm 11850"), read.get(1));
    assertTrue(TailLog.read(f, "wrong".toCharArray()).isEmpty(), "wrong key: nothing decrypts");
    IOException e = assertThrows(IOException.class, () -> TailLog.read(f, null));
    assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
  }

  @Test
  void fileTornWhileBeingCreatedHoldsNothing() throws IOException {
    Path f = dir.resolve("e.tail");
    Files.write(f, new byte[] {'P', 'W'});
    assertTrue(TailLog.read(f, null).isEmpty());
  }
}

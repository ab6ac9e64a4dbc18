package dev.pitwall.hardware.can;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.hardware.can.candump.CandumpFormatException;
import dev.pitwall.hardware.can.candump.CandumpLine;
import dev.pitwall.hardware.can.candump.CandumpSource;
import dev.pitwall.hardware.can.dbc.DbcFile;
import dev.pitwall.hardware.can.dbc.DbcParseException;
import dev.pitwall.hardware.can.dbc.DbcParser;
import dev.pitwall.hardware.can.dbc.DbcParserTest;
import dev.pitwall.hardware.can.slcan.SlcanCodec;
import dev.pitwall.hardware.can.slcan.SlcanFormatException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random-input properties: parsers and decoders either succeed or fail with their own
 * checked exception carrying a position; sources never let an exception end their thread and count
 * every bad input. Seeds are fixed so a failure reproduces.
 */
class RandomInputPropertyTest {
  private static final String ALPHABET =
      "0123456789ABCDEFabcdef#.()_ :;|@+-[],\"\\\r\n\tRmMxzBO_SG";

  static String mutate(String text, SplittableRandom rnd, int edits) {
    StringBuilder sb = new StringBuilder(text);
    for (int i = 0; i < edits; i++) {
      int at = sb.isEmpty() ? 0 : rnd.nextInt(sb.length());
      char c =
          rnd.nextInt(10) == 0
              ? (char) rnd.nextInt(0x300)
              : ALPHABET.charAt(rnd.nextInt(ALPHABET.length()));
      switch (rnd.nextInt(3)) {
        case 0 -> sb.insert(at, c);
        case 1 -> {
          if (!sb.isEmpty()) {
            sb.deleteCharAt(at);
          }
        }
        default -> {
          if (!sb.isEmpty()) {
            sb.setCharAt(at, c);
          }
        }
      }
    }
    return sb.toString();
  }

  @Test
  void mutatedDbcTextParsesOrFailsWithAPosition() throws Exception {
    SplittableRandom rnd = new SplittableRandom(20260101);
    String rav4 = Files.readString(CanTestData.rav4Dbc(), StandardCharsets.ISO_8859_1);
    int failures = 0;
    for (int i = 0; i < 3000; i++) {
      String base = i % 10 == 0 ? rav4 : DbcParserTest.SAMPLE;
      String text = mutate(base, rnd, 1 + rnd.nextInt(8));
      try {
        DbcFile dbc = DbcParser.parse("fuzz.dbc", text);
        new CanDecoder(dbc, ChecksumScheme.TOYOTA); // whatever parses must also compile
      } catch (DbcParseException e) {
        failures++;
        assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
        assertTrue(e.getMessage().startsWith("fuzz.dbc:"), e.getMessage());
      } catch (RuntimeException e) {
        fail("iteration " + i + " threw " + e + " for input:\n" + text, e);
      }
    }
    assertTrue(failures > 300, "mutations should break many files: " + failures);
  }

  @Test
  void randomFramesNeverThrowOutOfTheDecoder() throws Exception {
    CanDecoder decoder =
        new CanDecoder(DbcParser.parse(CanTestData.rav4Dbc()), ChecksumScheme.TOYOTA);
    SplittableRandom rnd = new SplittableRandom(7);
    int[] statuses = new int[DecodeStatus.values().length];
    for (int i = 0; i < 200_000; i++) {
      byte[] data = new byte[rnd.nextInt(65)];
      rnd.nextBytes(data);
      int id = rnd.nextBoolean() ? rnd.nextInt(0x800) : rnd.nextInt();
      int length = rnd.nextInt(-2, 70);
      statuses[decoder.decode(id, rnd.nextBoolean(), data, length, i, (c, t, v) -> {}).ordinal()]++;
    }
    assertTrue(statuses[DecodeStatus.DECODED.ordinal()] > 0);
    assertTrue(statuses[DecodeStatus.BAD_CHECKSUM.ordinal()] > 0);
    assertTrue(statuses[DecodeStatus.SHORT_PAYLOAD.ordinal()] > 0);
  }

  @Test
  void mutatedCandumpAndSlcanLinesFailOnlyWithFormatErrors() throws Exception {
    List<String> lines = Files.readAllLines(CanTestData.rav4Log()).subList(0, 2000);
    SplittableRandom rnd = new SplittableRandom(99);
    for (int i = 0; i < 50_000; i++) {
      String candump = mutate(lines.get(rnd.nextInt(lines.size())), rnd, 1 + rnd.nextInt(4));
      try {
        CandumpLine.parse(candump);
      } catch (CandumpFormatException e) {
        assertTrue(
            e.column() >= 1 && e.column() <= candump.length() + 1,
            e.getMessage() + " in " + candump);
      } catch (RuntimeException e) {
        fail("candump line threw " + e + ": " + candump, e);
      }
      String slcan;
      try {
        slcan = SlcanCodec.encode(CandumpLine.parse(lines.get(i % lines.size())), -1).trim();
      } catch (CandumpFormatException e) {
        throw new AssertionError(e);
      }
      String mutated = mutate(slcan, rnd, 1 + rnd.nextInt(3));
      try {
        SlcanCodec.decode(mutated, 0);
      } catch (SlcanFormatException e) {
        assertFalse(e.getMessage().isBlank());
      } catch (RuntimeException e) {
        fail("SLCAN line threw " + e + ": " + mutated, e);
      }
    }
  }

  @Test
  void candumpSourceSurvivesAGarbledLogAndCountsEveryBadLine(@TempDir Path dir) throws Exception {
    List<String> lines = Files.readAllLines(CanTestData.rav4Log()).subList(0, 5000);
    SplittableRandom rnd = new SplittableRandom(3);
    List<String> garbled = new ArrayList<>();
    int bad = 0;
    for (String line : lines) {
      String out = rnd.nextInt(5) == 0 ? mutate(line, rnd, 1 + rnd.nextInt(3)) : line;
      // one byte per char, so the Latin-1 file holds exactly the line that was checked
      out = out.replace('\n', ' ').replace('\r', ' ').replaceAll("[^\\x00-\\xff]", "?");
      if (out.isBlank()) {
        continue;
      }
      try {
        CandumpLine.parse(out);
      } catch (CandumpFormatException e) {
        bad++;
      }
      garbled.add(out);
    }
    Path log = dir.resolve("garbled.log");
    Files.write(log, garbled, StandardCharsets.ISO_8859_1);
    String uri = "candump:" + log + "?dbc=" + CanTestData.rav4Dbc();
    try (CandumpSource source = CandumpSource.fromUri(uri)) {
      source.start(b -> {});
      long end = System.currentTimeMillis() + 10_000;
      while (source.state() != SourceState.DISCONNECTED && System.currentTimeMillis() < end) {
        Thread.sleep(10);
      }
      SourceHealth h = source.health();
      assertEquals(SourceState.DISCONNECTED, h.state());
      assertEquals(garbled.size() - bad, h.frames());
      assertTrue(h.invalidFrames() >= bad, h.toString());
      assertFalse(h.lastError().message().contains("source thread ended"), h.lastError().message());
    }
  }
}

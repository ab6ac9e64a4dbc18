package dev.pitwall.hardware.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pitwall.hardware.can.CanDecoder;
import dev.pitwall.hardware.can.CanFrame;
import dev.pitwall.hardware.can.ChecksumScheme;
import dev.pitwall.hardware.can.DecodeStatus;
import dev.pitwall.hardware.can.candump.CandumpFormatException;
import dev.pitwall.hardware.can.candump.CandumpLine;
import dev.pitwall.hardware.can.dbc.DbcFile;
import dev.pitwall.hardware.can.dbc.DbcParseException;
import dev.pitwall.hardware.can.dbc.DbcParser;
import dev.pitwall.hardware.can.dbc.DbcParserTest;
import dev.pitwall.hardware.can.slcan.SlcanCodec;
import dev.pitwall.hardware.can.slcan.SlcanFormatException;
import dev.pitwall.hardware.can.slcan.SlcanMessage;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer fuzz tests of the CAN decoders: DBC parser, compiled frame decoder, candump and SLCAN line
 * parsers. A normal build runs them in regression mode (the seed inputs under {@code
 * src/test/resources/dev/pitwall/hardware/fuzz/CanDecoderFuzzTestInputs/} plus any saved crash
 * inputs), which takes well under a second. {@code JAZZER_FUZZ=1 ./run-tests -pl hardware -am
 * -Dtest='CanDecoderFuzzTest#dbcParser*'} fuzzes one target for its {@code maxDuration} (Jazzer
 * fuzzes only one method per run; name one).
 *
 * <p>Properties: each parser either returns a value or fails with its own checked exception that
 * carries a position inside the input; nothing else is thrown; whatever parses also compiles into a
 * decoder and round-trips where the format allows it.
 *
 * <p>These targets replace nothing: {@code can.RandomInputPropertyTest} keeps its seeded mutations
 * of the real RAV4 DBC and log and its source-level checks. An earlier note said Jazzer "hung on
 * JDK 25 class files" for CAN. Jazzer 0.24.0 (also in the local Maven cache) bundles an ASM that
 * knows class files up to Java 23 (major 67): on JDK 25 it fails to instrument 42 JDK classes
 * ("Unsupported class file major version 69": java.util.regex.Pattern$*, ProcessBuilder, …, each
 * with a stack trace), so its hooks there are missing; it did not hang on the candump target when
 * retried (1.3 M runs in 61 s). 0.30.0 bundles ASM with Java 25 support: no such warning, and all
 * four targets run in both modes (fuzzed 61 s each on 2026-11-23: candump 1.9 M runs, DBC 0.15 M,
 * frame decoder 8 M with the Toyota checksum message, SLCAN 2.7 M; no finding). Keep Jazzer ≥
 * 0.30.0 while building on JDK 25. Text targets take {@code byte[]} rather than {@code String} so
 * that seeds are plain files.
 */
class CanDecoderFuzzTest {
  /** One Intel, one Motorola, a signed signal, an extended CAN FD id and a multiplexor. */
  private static final CanDecoder SAMPLE_DECODER =
      decoder("sample.dbc", DbcParserTest.SAMPLE, ChecksumScheme.NONE);

  /** A Toyota-style message: big-endian speed, checksum in the last byte (opendbc's layout). */
  private static final CanDecoder TOYOTA_DECODER =
      decoder(
          "toyota_fuzz.dbc",
          """
          BO_ 180 SPEED: 8 XXX
           SG_ ENCODER : 39|8@0+ (1,0) [0|255] "" XXX
           SG_ SPEED : 47|16@0+ (0.01,0) [0|250] "kph" XXX
           SG_ CHECKSUM : 63|8@0+ (1,0) [0|255] "" XXX
          """,
          ChecksumScheme.TOYOTA);

  private static CanDecoder decoder(String name, String dbc, ChecksumScheme scheme) {
    try {
      return new CanDecoder(DbcParser.parse(name, dbc), scheme);
    } catch (DbcParseException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Text inputs arrive as bytes so that the seed files are plain text; DBC files and candump logs
   * are read as ISO-8859-1 by the sources, so every byte is one character.
   */
  private static String latin1(byte[] input) {
    return new String(input, StandardCharsets.ISO_8859_1);
  }

  @FuzzTest(maxDuration = "60s")
  void dbcParserParsesOrNamesLineAndColumn(byte[] input) {
    String text = latin1(input);
    try {
      DbcFile dbc = DbcParser.parse("fuzz.dbc", text);
      // whatever parses must also compile, under both checksum schemes
      new CanDecoder(dbc, ChecksumScheme.NONE);
      new CanDecoder(dbc, ChecksumScheme.TOYOTA);
    } catch (DbcParseException e) {
      assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
      assertTrue(e.getMessage().startsWith("fuzz.dbc:" + e.line() + ":"), e.getMessage());
    }
  }

  @FuzzTest(maxDuration = "60s")
  void frameDecoderReturnsAStatusForAnyFrame(FuzzedDataProvider data) {
    CanDecoder decoder = data.consumeBoolean() ? TOYOTA_DECODER : SAMPLE_DECODER;
    int id = data.consumeBoolean() ? data.consumeInt(0, 0x7FF) : data.consumeInt();
    boolean extended = data.consumeBoolean();
    int length = data.consumeInt(-2, 72);
    byte[] payload = data.consumeRemainingAsBytes();
    long[] delivered = {0};
    DecodeStatus status =
        decoder.decode(
            id,
            extended,
            payload,
            length,
            0,
            (channel, t, value) -> {
              assertTrue(channel >= 0 && channel < decoder.channels().size());
              delivered[0]++;
            });
    if (status == DecodeStatus.DECODED && decoder == TOYOTA_DECODER) {
      int valid = Math.min(length, payload.length);
      assertEquals(
          ChecksumScheme.toyotaChecksum(id, payload, valid),
          payload[valid - 1] & 0xFF,
          "a Toyota frame decodes only with a good checksum");
    }
    if (status == DecodeStatus.UNKNOWN_ID || status == DecodeStatus.BAD_CHECKSUM) {
      assertEquals(0, delivered[0], "nothing may be delivered for " + status);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void candumpLineParsesOrNamesColumn(byte[] input) {
    String line = latin1(input);
    try {
      CanFrame frame = CandumpLine.parse(line);
      assertTrue(frame.data().length <= 64, "payload longer than CAN FD allows");
    } catch (CandumpFormatException e) {
      assertTrue(e.column() >= 1 && e.column() <= line.length() + 1, e.getMessage());
    }
  }

  @FuzzTest(maxDuration = "60s")
  void slcanLineDecodesOrFailsWithAMessage(byte[] input) {
    String line = latin1(input);
    try {
      if (SlcanCodec.decode(line, 0) instanceof SlcanMessage.Frame f && !f.frame().error()) {
        // a frame the adapter could have sent survives encoding and decoding unchanged
        String again = SlcanCodec.encode(f.frame(), -1).trim();
        SlcanMessage back = SlcanCodec.decode(again, 0);
        assertEquals(f.frame().id(), ((SlcanMessage.Frame) back).frame().id(), again);
      }
    } catch (SlcanFormatException e) {
      assertTrue(!e.getMessage().isBlank());
    }
  }
}

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
 * JDK 25 class files" for CAN; with Jazzer 0.30.0 on Temurin 25.0.3 all four targets run in both
 * modes (fuzzed 61 s each on 2026-11-23: candump 1.9 M runs, DBC 0.15 M, frame decoder 22 M, SLCAN
 * 2.7 M; no finding). Text targets take {@code byte[]} rather than {@code String} so that seeds are
 * plain files and Jazzer's libFuzzer mutator (not the structured String mutator) drives them.
 */
class CanDecoderFuzzTest {
  /** One Intel, one Motorola, a signed signal, an extended CAN FD id and a multiplexor. */
  private static final CanDecoder SAMPLE_DECODER = sampleDecoder();

  private static CanDecoder sampleDecoder() {
    try {
      return new CanDecoder(
          DbcParser.parse("sample.dbc", DbcParserTest.SAMPLE), ChecksumScheme.NONE);
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
    int id = data.consumeBoolean() ? data.consumeInt(0, 0x7FF) : data.consumeInt();
    boolean extended = data.consumeBoolean();
    int length = data.consumeInt(-2, 72);
    byte[] payload = data.consumeRemainingAsBytes();
    long[] delivered = {0};
    DecodeStatus status =
        SAMPLE_DECODER.decode(
            id,
            extended,
            payload,
            length,
            0,
            (channel, t, value) -> {
              assertTrue(channel >= 0 && channel < SAMPLE_DECODER.channels().size());
              delivered[0]++;
            });
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

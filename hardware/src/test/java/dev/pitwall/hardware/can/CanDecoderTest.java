package dev.pitwall.hardware.can;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pitwall.hardware.can.dbc.DbcFile;
import dev.pitwall.hardware.can.dbc.DbcParser;
import dev.pitwall.hardware.can.dbc.DbcParserTest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanDecoderTest {
  private static CanDecoder decoder;

  @BeforeAll
  static void compile() throws Exception {
    DbcFile dbc = DbcParser.parse("sample.dbc", DbcParserTest.SAMPLE);
    decoder = new CanDecoder(dbc, ChecksumScheme.NONE);
  }

  private static Map<String, Double> decode(int id, boolean ext, String hex) {
    Map<String, Double> out = new LinkedHashMap<>();
    byte[] data = HexFormat.of().parseHex(hex);
    decoder.decode(
        id, ext, data, data.length, 0, (c, t, v) -> out.put(decoder.channels().get(c).name(), v));
    return out;
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    // Motorola unsigned 16 bits from bit 7: 0x1234 * 0.5 - 10
    "MIXED.MOTO_U16, 1234000000000000, 2320.0",
    // Motorola signed 12 bits from bit 3: 0xFFF = -1 -> -1.5 deg
    "MIXED.ANGLE, 0FFF000000000000, -1.5",
    // 0x7FF = 2047 -> 3070.5 deg (largest positive)
    "MIXED.ANGLE, 07FF000000000000, 3070.5",
    // 0x800 = -2048
    "MIXED.ANGLE, 0800000000000000, -3072.0",
    // Intel signed 8 bits from bit 36: byte 4 high nibble + byte 5 low nibble = 0xFF -> -1
    "MIXED.INTEL_S8, 00000000F00F0000, -1.0",
    "MIXED.INTEL_S8, 00000000F0070000, 127.0",
  })
  void decodesIntelAndMotorolaSignals(String channel, String hex, double expected) {
    assertEquals(expected, decode(100, false, hex).get(channel), 1e-9);
  }

  @Test
  void decodesOnlyTheActiveMultiplexGroupOfAnFdFrame() {
    Map<String, Double> values = decode(0x18FEF1FE, true, "013412" + "00".repeat(61));
    assertEquals(1.0, values.get("EXT_FD.MUX"));
    assertEquals(0x34, values.get("EXT_FD.A"));
    assertEquals(null, values.get("EXT_FD.B"));
    Map<String, Double> group2 = decode(0x18FEF1FE, true, "023412" + "00".repeat(60) + "AB");
    assertEquals(0x1234, group2.get("EXT_FD.B"));
    assertEquals(null, group2.get("EXT_FD.A"));
    assertEquals(0xAB, group2.get("EXT_FD.LAST"));
  }

  @Test
  void decodesIeeeFloatSignals() {
    // F is Intel float32 at bytes 2..5: 1.5f = 0x3FC00000 little-endian
    Map<String, Double> values = decode(0x18FEF1FE, true, "01000000C03F" + "00".repeat(58));
    assertEquals(1.5, values.get("EXT_FD.F"));
  }

  @Test
  void reportsUnknownIdsAndShortPayloads() {
    byte[] data = new byte[8];
    assertEquals(DecodeStatus.UNKNOWN_ID, decoder.decode(101, false, data, 8, 0, (c, t, v) -> {}));
    assertEquals(
        DecodeStatus.UNKNOWN_ID,
        decoder.decode(100, true, data, 8, 0, (c, t, v) -> {}),
        "an extended frame must not match a standard DBC id");
    int[] delivered = {0};
    assertEquals(
        DecodeStatus.SHORT_PAYLOAD,
        decoder.decode(100, false, data, 2, 0, (c, t, v) -> delivered[0]++));
    assertEquals(2, delivered[0], "the two Motorola signals in bytes 0-1 still decode");
  }

  @Test
  void toyotaChecksumMatchesAHandComputedFrame() {
    // id 0x0B4 = 180 (SPEED): 8 bytes 00 00 00 00 60 00 00 cs
    // sum = 8 (length) + 0xB4 + 0x60 = 8 + 180 + 96 = 284 -> 0x1C
    byte[] frame = HexFormat.of().parseHex("000000006000001C");
    assertEquals(0x1C, ChecksumScheme.toyotaChecksum(0xB4, frame, 8));
    assertEquals(true, ChecksumScheme.TOYOTA.verifies(0xB4, frame, 8));
    frame[4] = 0x61;
    assertEquals(false, ChecksumScheme.TOYOTA.verifies(0xB4, frame, 8));
    // two-byte id: 0x2E4 adds 0x02 + 0xE4
    assertEquals(
        (5 + 0x02 + 0xE4 + 1) & 0xFF,
        ChecksumScheme.toyotaChecksum(0x2E4, new byte[] {1, 0, 0, 0, 0}, 5));
  }
}

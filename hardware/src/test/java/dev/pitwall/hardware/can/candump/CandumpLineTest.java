package dev.pitwall.hardware.can.candump;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.hardware.can.CanFrame;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CandumpLineTest {

  @Test
  void readsAClassicFrameWithMicrosecondTimestamp() throws Exception {
    CanFrame f = CandumpLine.parse("(1628880467.123456) can0 123#DEADBEEF");
    assertEquals(1_628_880_467_123_456_000L, f.timeNanos());
    assertEquals(0x123, f.id());
    assertFalse(f.extended());
    assertArrayEquals(HexFormat.of().parseHex("DEADBEEF"), f.data());
  }

  @Test
  void readsExtendedFdRemoteAndErrorFrames() throws Exception {
    CanFrame ext = CandumpLine.parse("(1.5) vcan1 18FEF1FE#0102");
    assertTrue(ext.extended());
    assertEquals(0x18FEF1FE, ext.id());
    assertEquals(1_500_000_000L, ext.timeNanos());
    CanFrame fd = CandumpLine.parse("(2.000001) can0 1A0##1" + "11".repeat(12));
    assertTrue(fd.fd());
    assertEquals(1, fd.fdFlags());
    assertEquals(12, fd.length());
    CanFrame remote = CandumpLine.parse("(2.0) can0 7DF#R");
    assertTrue(remote.remote());
    CanFrame error = CandumpLine.parse("(2.0) can0 20000080#0000000000000000");
    assertTrue(error.error());
    assertEquals(0x80, error.id());
    CanFrame dotted = CandumpLine.parse("(2.0) can0 123#11.22.33");
    assertEquals(3, dotted.length());
    CanFrame rawDlc = CandumpLine.parse("(2.0) can0 123#1122334455667788_E");
    assertEquals(8, rawDlc.length());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "no timestamp;can0 123#00;1;expected '('",
        "bad seconds;(16x8.1) can0 123#00;4;invalid digit",
        "two-digit id;(1.1) can0 12#00;12;3 (standard) or 8",
        "standard id too big;(1.1) can0 923#00;12;above 0x7FF",
        "odd hex digits;(1.1) can0 123#ABC;18;pairs of hex",
        "nine classic bytes;(1.1) can0 123#112233445566778899;32;longer than 8",
        "invalid fd length;(1.1) can0 123##0112233445566778899;18;not a valid FD length",
        "no hash;(1.1) can0 123;12;no '#'",
      })
  void namesTheColumnOfEachProblem(String name, String line, int column, String problem) {
    CandumpFormatException e =
        assertThrows(CandumpFormatException.class, () -> CandumpLine.parse(line));
    assertEquals(column, e.column(), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }
}

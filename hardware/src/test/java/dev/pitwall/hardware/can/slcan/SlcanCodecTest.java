package dev.pitwall.hardware.can.slcan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.hardware.can.CanFrame;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlcanCodecTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "t1238DEADBEEF00112233, 291, false, false, false, DEADBEEF00112233, -1",
    "t0B40, 180, false, false, false, '', -1",
    "T18FEF1FE20102EA5F, 419361278, true, false, false, 0102, 59999",
    "r7DF8, 2015, false, true, false, '', -1",
    "R1FFFFFFF0, 536870911, true, true, false, '', -1",
    "d1239" + "000102030405060708090A0B, 291, false, false, true, 000102030405060708090A0B, -1",
  })
  void decodesFrames(
      String line, int id, boolean ext, boolean remote, boolean fd, String hex, int stamp)
      throws Exception {
    SlcanMessage.Frame f = assertInstanceOf(SlcanMessage.Frame.class, SlcanCodec.decode(line, 7));
    assertEquals(id, f.frame().id());
    assertEquals(ext, f.frame().extended());
    assertEquals(remote, f.frame().remote());
    assertEquals(fd, f.frame().fd());
    assertArrayEquals(HexFormat.of().parseHex(hex), f.frame().data());
    assertEquals(stamp, f.adapterTimeMs());
    assertEquals(7, f.frame().timeNanos());
  }

  @Test
  void encodesWhatItDecodes() throws Exception {
    CanFrame frame = CanFrame.classic(0, 0x2E4, false, HexFormat.of().parseHex("0102030405"));
    assertEquals("t2E450102030405\r", SlcanCodec.encode(frame, -1));
    assertEquals("t2E4501020304051234\r", SlcanCodec.encode(frame, 0x1234));
    SlcanMessage.Frame back = (SlcanMessage.Frame) SlcanCodec.decode("t2E4501020304051234", 0);
    assertEquals(frame, back.frame());
  }

  @Test
  void mapsBitratesToSCommands() {
    assertEquals("S0\r", SlcanCodec.bitrateCommand(10_000));
    assertEquals("S6\r", SlcanCodec.bitrateCommand(500_000));
    assertEquals("S8\r", SlcanCodec.bitrateCommand(1_000_000));
    assertThrows(IllegalArgumentException.class, () -> SlcanCodec.bitrateCommand(83_333));
  }

  @Test
  void decodesRepliesAndStatusFlags() throws Exception {
    assertInstanceOf(SlcanMessage.Ack.class, SlcanCodec.decode("", 0));
    assertInstanceOf(SlcanMessage.TransmitAck.class, SlcanCodec.decode("z", 0));
    SlcanMessage.Status s =
        assertInstanceOf(SlcanMessage.Status.class, SlcanCodec.decode("FA8", 0));
    assertEquals(0xA8, s.flags());
    assertEquals("data overrun, error passive, bus error", SlcanCodec.describeStatus(0xA8));
    assertInstanceOf(SlcanMessage.Info.class, SlcanCodec.decode("V1013", 0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "t12, line ends early",
    "t1239DEADBEEF, > 8",
    "t123GDEADBEEF, not a hex digit",
    "t1234DEADBE, optional 4-digit timestamp",
    "t8001FF, out of range",
  })
  void rejectsMalformedFrames(String line, String problem) {
    SlcanFormatException e =
        assertThrows(SlcanFormatException.class, () -> SlcanCodec.decode(line, 0));
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }

  @Test
  void lineReaderSplitsOnCrReportsBelAndDropsOverlongLines() {
    List<String> events = new ArrayList<>();
    SlcanLineReader reader =
        new SlcanLineReader(
            new SlcanLineReader.Listener() {
              @Override
              public void line(String line) {
                events.add("line:" + line);
              }

              @Override
              public void refused() {
                events.add("BEL");
              }

              @Override
              public void overlong(int length) {
                events.add("overlong");
              }
            });
    byte[] input =
        ("\rt1230\r\n\u0007" + "x".repeat(200) + "\rt4560\r").getBytes(StandardCharsets.US_ASCII);
    reader.feed(input, 3);
    reader.feed(java.util.Arrays.copyOfRange(input, 3, input.length), input.length - 3);
    assertEquals(List.of("line:", "line:t1230", "BEL", "overlong", "line:t4560"), events);
  }
}

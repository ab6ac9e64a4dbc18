package dev.pitwall.hardware.can;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.hardware.can.candump.CandumpLine;
import dev.pitwall.hardware.can.dbc.DbcFile;
import dev.pitwall.hardware.can.dbc.DbcParser;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Decodes the real 13-minute RAV4 Hybrid log with its opendbc DBC. */
class Rav4LogTest {
  private static CanDecoder decoder;
  private static List<String> lines;

  @BeforeAll
  static void load() throws Exception {
    DbcFile dbc = DbcParser.parse(CanTestData.rav4Dbc());
    decoder = new CanDecoder(dbc, ChecksumScheme.TOYOTA);
    lines = Files.readAllLines(CanTestData.rav4Log());
  }

  @Test
  void everyLineParsesAndEveryChecksummedFrameVerifies() throws Exception {
    Map<DecodeStatus, Integer> statuses = new EnumMap<>(DecodeStatus.class);
    Map<String, Integer> unknownIds = new TreeMap<>();
    int checksummed = 0;
    for (String line : lines) {
      CanFrame f = CandumpLine.parse(line);
      DecodeStatus status = decoder.decode(f, (c, t, v) -> {});
      statuses.merge(status, 1, Integer::sum);
      if (status == DecodeStatus.UNKNOWN_ID) {
        unknownIds.merge(String.format("0x%03X", f.id()), 1, Integer::sum);
      }
      if (decoder.isChecksummed(f.id(), f.extended())) {
        checksummed++;
      }
    }
    System.out.printf(
        "RAV4 log: %d frames, statuses %s, %d checksummed frames, %d unknown ids %s%n",
        lines.size(), statuses, checksummed, unknownIds.size(), unknownIds);
    assertEquals(56_323, lines.size());
    assertEquals(
        null, statuses.get(DecodeStatus.BAD_CHECKSUM), "frames failing the Toyota checksum");
    assertTrue(checksummed > 3_000, "checksummed frames: " + checksummed);
  }

  @Test
  void vehicleSpeedStaysWithinTheRecordedRange() throws Exception {
    int speedIndex = indexOf("SPEED.SPEED");
    double[] minMax = {Double.MAX_VALUE, -Double.MAX_VALUE};
    int[] count = {0};
    for (String line : lines) {
      decoder.decode(
          CandumpLine.parse(line),
          (c, t, v) -> {
            if (c == speedIndex) {
              minMax[0] = Math.min(minMax[0], v);
              minMax[1] = Math.max(minMax[1], v);
              count[0]++;
            }
          });
    }
    System.out.printf("SPEED.SPEED: %d samples, %.2f..%.2f km/h%n", count[0], minMax[0], minMax[1]);
    assertTrue(count[0] > 1000);
    assertEquals(0.0, minMax[0], 0.01);
    assertEquals(58.5, minMax[1], 0.6);
  }

  private static int indexOf(String name) {
    for (int i = 0; i < decoder.channels().size(); i++) {
      if (decoder.channels().get(i).name().equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no channel " + name);
  }
}

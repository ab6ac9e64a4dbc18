package dev.pitwall.hardware.f1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.source.SourceCounters;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lap data packet's sector 1/2 times of the current lap, on a real F1 24 Monza capture. */
class F1SectorTimesTest {
  @Test
  void playerInSectorTwoAtMonzaReportsSectorOneOnlyForEveryPacket() throws Exception {
    F1Capture capture = F1Capture.read(F1TestData.capture(F1TestData.MONZA_HEAVY_BRAKING));
    RecordingOutput out = new RecordingOutput();
    F1UdpDecoder decoder = new F1UdpDecoder("monza", new SourceCounters(), out);
    for (F1Capture.Packet p : capture.packets()) {
      decoder.decode(p.data(), 0, p.data().length, 0);
    }
    List<Double> sector = out.of(F1Channel.SECTOR, 0);
    List<Double> s1 = out.of(F1Channel.SECTOR1_TIME, 0);
    List<Double> s2 = out.of(F1Channel.SECTOR2_TIME, 0);
    assertTrue(sector.stream().allMatch(s -> s == 2.0), "the capture stays in sector 2");
    assertEquals(sector.size(), s1.size());
    // sector 1 done (Monza's first sector, milliseconds exact), sector 2 not yet
    assertTrue(s1.stream().allMatch(v -> v == 28.184), "sector 1 times " + s1.subList(0, 3));
    assertTrue(s2.stream().allMatch(v -> v == 0.0));
  }
}

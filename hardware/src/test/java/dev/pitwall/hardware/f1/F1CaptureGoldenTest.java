package dev.pitwall.hardware.f1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.source.SourceCounters;
import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceState;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden tests on the three real F1 24 recordings (IT52-NHLSF1, Time Trial, game v1.21). */
class F1CaptureGoldenTest {

  private record Decoded(F1Capture capture, RecordingOutput out, SourceHealth health) {}

  private static Decoded decode(String name) throws IOException {
    return decode(name, false);
  }

  private static Decoded decode(String name, boolean activeCarsOnly) throws IOException {
    F1Capture capture = F1Capture.read(F1TestData.capture(name));
    RecordingOutput out = new RecordingOutput();
    SourceCounters counters = new SourceCounters();
    F1UdpDecoder decoder = new F1UdpDecoder(name, counters, out, activeCarsOnly);
    for (F1Capture.Packet p : capture.packets()) {
      decoder.decode(p.data(), 0, p.data().length, (long) (p.timestampS() * 1e9));
    }
    return new Decoded(capture, out, counters.snapshot(SourceState.STREAMING));
  }

  @ParameterizedTest
  @CsvSource({
    "full_lap_20260112_160501.bin, 526",
    "heavy_braking_20260112_160906.bin, 416",
    "high_speed_corners_20260112_161911.bin, 489"
  })
  void decodesEveryPacketWithSizeMatchingItsId(String name, int packets) throws IOException {
    Decoded d = decode(name);
    assertNull(d.capture().problem());
    assertEquals(packets, d.capture().packets().size());
    for (F1Capture.Packet p : d.capture().packets()) {
      int id = p.data()[6];
      assertEquals(2024, (p.data()[0] & 0xFF) | (p.data()[1] & 0xFF) << 8);
      assertEquals(F1PacketFormat.F1_24.expectedSize(id), p.data().length, "packet " + p.index());
    }
    assertEquals(packets, d.health().frames());
    assertEquals(0, d.health().invalidFrames(), () -> String.valueOf(d.health().lastError()));
    assertEquals(0, d.health().decodeErrors());
    assertEquals(0, d.health().unknownIds());
    assertNull(d.health().lastError());
    assertEquals(d.out().samples, d.health().samples());
  }

  @Test
  void playerReachesAbout346KphAtMonza() throws IOException {
    Decoded d = decode(F1TestData.MONZA_FULL_LAP);
    assertEquals(346.0, d.out().max(F1Channel.SPEED, 0), 0.5);
    assertTrue(d.out().max(F1Channel.RPM, 0) > 10_000, "rpm near the limiter on the straight");
    assertEquals(8.0, d.out().max(F1Channel.GEAR, 0));
    assertEquals(100.0, d.out().max(F1Channel.THROTTLE, 0), 0.01);
    assertTrue(d.out().max(F1Channel.BRAKE, 0) > 90, "full braking into the chicane");
    assertTrue(d.out().max(F1Channel.ACC_LONG, 0) < 1.5);
    assertTrue(d.out().min(F1Channel.ACC_LONG, 0) < -3.0, "F1 braking decelerates beyond 3 g");
  }

  @Test
  void lapDistanceIsNegativeBeforeTheLineThenCountsUp() throws IOException {
    // the recording starts in the pit lane: the out lap has negative distance until the line
    Decoded d = decode(F1TestData.MONZA_FULL_LAP);
    double min = d.out().min(F1Channel.LAP_DISTANCE, 0);
    double max = d.out().max(F1Channel.LAP_DISTANCE, 0);
    assertTrue(min < -5000 && min > -5798, "lap distance min " + min);
    assertTrue(max > 1500 && max <= 5798, "lap distance max " + max);
    assertEquals(1.0, d.out().max(F1Channel.LAP_NUMBER, 0));
    assertTrue(d.out().max(F1Channel.CURRENT_LAP_TIME, 0) > 20, "lap timer runs after the line");
    assertTrue(d.out().max(F1Channel.TYRE_PRESSURE_FL, 0) > 1.2, "bar, not psi");
    assertTrue(d.out().max(F1Channel.TYRE_PRESSURE_FL, 0) < 2.5, "bar, not psi");
    assertTrue(d.out().max(F1Channel.TYRE_TEMP_RL, 0) > 60, "working tyre temperature");
    assertTrue(d.out().max(F1Channel.FUEL_MASS, 0) > 0);
  }

  @ParameterizedTest
  @CsvSource({
    "full_lap_20260112_160501.bin, 11, Monza, 5798, 1898, 3727",
    "heavy_braking_20260112_160906.bin, 11, Monza, 5798, 1898, 3727",
    "high_speed_corners_20260112_161911.bin, 26, Zandvoort, 4258, 1489, 2967"
  })
  void sessionSectorDistancesMatchTheTrack(
      String name, int trackId, String track, int lengthM, double s2M, double s3M)
      throws IOException {
    // reference: pits-n-giggles track segments (MIT), sectors s1/s2 = start of sector 2/3 in m
    Decoded d = decode(name);
    assertFalse(d.out().sessions.isEmpty());
    for (F1SessionInfo s : d.out().sessions) {
      assertEquals(2024, s.packetFormat());
      assertEquals(trackId, s.trackId());
      assertEquals(track, s.trackName());
      assertEquals(lengthM, s.trackLengthM());
      assertEquals(s2M, s.sector2StartM(), 1.0);
      assertEquals(s3M, s.sector3StartM(), 1.0);
      assertEquals(0, s.safetyCarStatus(), "time trial: no safety car");
    }
  }

  @Test
  void activeCarsOnlyStopsEmptySlotsOnceParticipantsAreKnown() throws IOException {
    // a time trial: one active car (the player); slots 1 and 2 are ghosts, the rest empty
    Decoded all = decode(F1TestData.MONZA_FULL_LAP, false);
    Decoded active = decode(F1TestData.MONZA_FULL_LAP, true);
    assertEquals(1, active.out().participants.get(0).size());
    assertEquals(all.out().of(F1Channel.SPEED, 0), active.out().of(F1Channel.SPEED, 0));
    assertTrue(
        active.out().of(F1Channel.SPEED, 5).size() < all.out().of(F1Channel.SPEED, 5).size());
    assertTrue(active.out().samples < all.out().samples / 2, "far fewer samples of empty slots");
    assertEquals(active.out().samples, active.health().samples());
  }

  @Test
  void allTwentyTwoCarsGetChannelsWithThePlayerAsCarZero() throws IOException {
    Decoded d = decode(F1TestData.MONZA_FULL_LAP);
    Set<Integer> cars = new TreeSet<>();
    for (int car = 0; car < F1CarIndex.MAX_CARS; car++) {
      if (!d.out().of(F1Channel.SPEED, car).isEmpty()) {
        cars.add(car);
      }
    }
    assertEquals(22, cars.size());
    assertFalse(d.out().of(F1Channel.TYRE_WEAR_RR, 21).isEmpty());
    assertFalse(d.out().participants.isEmpty());
    F1Participant first = d.out().participants.get(0).get(0);
    assertEquals(0, first.car(), "player index 0 in this capture maps to car 0");
    assertFalse(d.out().events.isEmpty());
  }
}

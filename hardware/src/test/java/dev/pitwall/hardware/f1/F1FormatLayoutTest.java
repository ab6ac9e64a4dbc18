package dev.pitwall.hardware.f1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.source.SourceCounters;
import dev.pitwall.core.source.SourceState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Per-format layouts checked with synthetic packets built from the spec's struct offsets (no real
 * F1 23 / F1 25 recordings are available).
 */
class F1FormatLayoutTest {
  private final SourceCounters counters = new SourceCounters();
  private final RecordingOutput out = new RecordingOutput();
  private final F1UdpDecoder decoder = new F1UdpDecoder("test", counters, out);

  private void decode(byte[] packet) {
    assertTrue(decoder.decode(packet, 0, packet.length, 0), () -> "" + counters.snapshot(null));
  }

  @ParameterizedTest
  @EnumSource(F1PacketFormat.class)
  void carTelemetryIsTheSameInEveryFormatWithWheelsReordered(F1PacketFormat format) {
    int car3 = 29 + 3 * 60;
    byte[] p =
        new F1PacketBuilder(format, F1PacketId.CAR_TELEMETRY, 3)
            .u16(car3, 301)
            .f32(car3 + 2, 0.75f)
            .u8(car3 + 15, 7)
            .u16(car3 + 16, 11_500)
            .u8(car3 + 30, 90) // RL surface
            .u8(car3 + 32, 101) // FL surface
            .f32(car3 + 40 + 12, 23.0f) // FR pressure, psi
            .bytes();
    decode(p);
    assertEquals(301.0, out.max(F1Channel.SPEED, 0));
    assertEquals(75.0, out.max(F1Channel.THROTTLE, 0), 1e-9);
    assertEquals(7.0, out.max(F1Channel.GEAR, 0));
    assertEquals(11_500.0, out.max(F1Channel.RPM, 0));
    assertEquals(101.0, out.max(F1Channel.TYRE_TEMP_FL, 0));
    assertEquals(90.0, out.max(F1Channel.TYRE_TEMP_RL, 0));
    assertEquals(1.5858, out.max(F1Channel.TYRE_PRESSURE_FR, 0), 1e-4);
    assertEquals(12.5, out.max(F1Channel.SESSION_TIME, 0));
  }

  @ParameterizedTest
  @CsvSource({"F1_23, 50, 18", "F1_24, 57, 20", "F1_25, 57, 20"})
  void lapDataStrideAndOffsetsFollowTheFormat(F1PacketFormat format, int stride, int distance) {
    int slot1 = 29 + stride; // array index 1, player at 0 → car 1
    byte[] p =
        new F1PacketBuilder(format, F1PacketId.LAP_DATA, 0)
            .u32(slot1 + 4, 83_456)
            .u16(slot1 + 14, 1_234)
            .f32(slot1 + distance, 2_345.5f)
            .u8(slot1 + distance + 12, 4)
            .u8(slot1 + distance + 13, 12)
            .u8(slot1 + distance + 16, 2)
            .bytes();
    if (format != F1PacketFormat.F1_23) {
      p[slot1 + 16] = 1; // gap minutes part, F1 24+
    }
    decode(p);
    assertEquals(83.456, out.max(F1Channel.CURRENT_LAP_TIME, 1), 1e-9);
    assertEquals(
        format == F1PacketFormat.F1_23 ? 1.234 : 61.234,
        out.max(F1Channel.GAP_TO_CAR_AHEAD, 1),
        1e-9);
    assertEquals(2_345.5, out.max(F1Channel.LAP_DISTANCE, 1));
    assertEquals(4.0, out.max(F1Channel.POSITION, 1));
    assertEquals(12.0, out.max(F1Channel.LAP_NUMBER, 1));
    assertEquals(3.0, out.max(F1Channel.SECTOR, 1));
  }

  @ParameterizedTest
  @CsvSource({"F1_23, 42", "F1_24, 42", "F1_25, 46"})
  void tyreWearPerCornerAndDamageFollowTheFormat(F1PacketFormat format, int stride) {
    int slot = 29 + 21 * stride; // last slot, player 0 → car 21
    int wing = format == F1PacketFormat.F1_25 ? 28 : 24;
    byte[] p =
        new F1PacketBuilder(format, F1PacketId.CAR_DAMAGE, 0)
            .f32(slot, 11f) // RL
            .f32(slot + 8, 33f) // FL
            .u8(slot + wing + 2, 55) // rear wing
            .bytes();
    decode(p);
    assertEquals(33.0, out.max(F1Channel.TYRE_WEAR_FL, 21));
    assertEquals(11.0, out.max(F1Channel.TYRE_WEAR_RL, 21));
    assertEquals(55.0, out.max(F1Channel.REAR_WING_DAMAGE, 21));
  }

  @Test
  void f123SessionHasNoSectorDistances() {
    byte[] p =
        new F1PacketBuilder(F1PacketFormat.F1_23, F1PacketId.SESSION, 0)
            .u16(33, 5891)
            .u8(36, 7)
            .u8(153, 2)
            .bytes();
    decode(p);
    F1SessionInfo s = out.sessions.get(0);
    assertEquals("Silverstone", s.trackName());
    assertEquals(5891, s.trackLengthM());
    assertEquals(2, s.safetyCarStatus(), "virtual safety car");
    assertTrue(Double.isNaN(s.sector2StartM()));
  }

  @Test
  void f125ParticipantNamesAre32Bytes() {
    F1PacketBuilder b = new F1PacketBuilder(F1PacketFormat.F1_25, F1PacketId.PARTICIPANTS, 1);
    b.u8(29, 2);
    byte[] name = "PLAYER".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int slot1 = 30 + 57;
    b.buf.put(slot1 + 7, name);
    b.u8(slot1 + 3, 2);
    decode(b.bytes());
    F1Participant player = out.participants.get(0).get(1);
    assertEquals(0, player.car());
    assertEquals("PLAYER", player.name());
    assertEquals(2, player.teamId());
  }

  @Test
  void safetyCarEventIsDecoded() {
    F1PacketBuilder b = new F1PacketBuilder(F1PacketFormat.F1_24, F1PacketId.EVENT, 0);
    b.buf.put(29, "SCAR".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    b.u8(33, 1).u8(34, 0);
    decode(b.bytes());
    F1Event e = out.events.get(0);
    assertEquals("SCAR", e.code());
    assertEquals(1.0, e.value(), "full safety car");
    assertEquals(0, e.detail(), "deployed");
    assertEquals(0, counters.snapshot(SourceState.STREAMING).unknownIds());
  }
}

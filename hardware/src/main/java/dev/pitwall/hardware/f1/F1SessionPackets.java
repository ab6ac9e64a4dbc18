package dev.pitwall.hardware.f1;

import static dev.pitwall.hardware.f1.F1CarIndex.MAX_CARS;
import static dev.pitwall.hardware.f1.F1PacketFormat.HEADER_BYTES;
import static dev.pitwall.hardware.f1.LittleEndianBytes.f32;
import static dev.pitwall.hardware.f1.LittleEndianBytes.i64;
import static dev.pitwall.hardware.f1.LittleEndianBytes.i8;
import static dev.pitwall.hardware.f1.LittleEndianBytes.u16;
import static dev.pitwall.hardware.f1.LittleEndianBytes.u8;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decoders of the session-level packets: session, event, participants. Sizes are already checked by
 * the caller. Offsets are relative to the datagram start and come from the packed structs.
 */
final class F1SessionPackets {
  /** Event codes listed in the F1 23/24/25 specifications. */
  static final Set<String> EVENT_CODES =
      Set.of(
          "SSTA", "SEND", "FTLP", "RTMT", "DRSE", "DRSD", "TMPT", "CHQF", "RCWN", "PENA", "SPTP",
          "STLG", "LGOT", "DTSV", "SGSV", "FLBK", "BUTN", "RDFL", "OVTK", "SCAR", "COLL");

  private F1SessionPackets() {}

  static F1SessionInfo session(byte[] b, int base, F1PacketFormat format, long t, F1Output out) {
    int trackId = i8(b, base + 36);
    boolean sectors = format != F1PacketFormat.F1_23;
    int end = base + format.expectedSize(F1PacketId.SESSION);
    double s2 = sectors ? f32(b, end - 8) : Double.NaN;
    double s3 = sectors ? f32(b, end - 4) : Double.NaN;
    F1SessionInfo info =
        new F1SessionInfo(
            format.packetFormat(),
            i64(b, base + 7),
            trackId,
            F1Tracks.name(trackId),
            u16(b, base + 33),
            s2,
            s3,
            u8(b, base + 35),
            u8(b, base + 29),
            i8(b, base + 30),
            i8(b, base + 31),
            u8(b, base + 32),
            u8(b, base + 153));
    emit(info, u16(b, base + 38), t, out);
    out.session(info);
    return info;
  }

  /** The session's values as car-0 channels (2 Hz). */
  private static void emit(F1SessionInfo info, int timeLeftS, long t, F1Output out) {
    out.sample(F1Channel.TRACK_ID, 0, t, info.trackId());
    out.sample(F1Channel.TRACK_LENGTH, 0, t, info.trackLengthM());
    out.sample(F1Channel.WEATHER, 0, t, info.weather());
    out.sample(F1Channel.TRACK_TEMP, 0, t, info.trackTempC());
    out.sample(F1Channel.AIR_TEMP, 0, t, info.airTempC());
    out.sample(F1Channel.TOTAL_LAPS, 0, t, info.totalLaps());
    out.sample(F1Channel.SESSION_TYPE, 0, t, info.sessionType());
    out.sample(F1Channel.SESSION_TIME_LEFT, 0, t, timeLeftS);
    out.sample(F1Channel.SAFETY_CAR_STATUS, 0, t, info.safetyCarStatus());
    if (!Double.isNaN(info.sector2StartM())) {
      out.sample(F1Channel.SECTOR2_START, 0, t, info.sector2StartM());
      out.sample(F1Channel.SECTOR3_START, 0, t, info.sector3StartM());
    }
  }

  /**
   * Decodes an event; returns its code, or null when the code is not one the specification lists
   * (the caller counts it).
   */
  static String event(byte[] b, int base, int player, long t, F1Output out) {
    int p = base + HEADER_BYTES;
    String code = new String(b, p, 4, StandardCharsets.ISO_8859_1);
    if (!EVENT_CODES.contains(code)) {
      return null;
    }
    int d = p + 4;
    F1Event event =
        switch (code) {
          case "FTLP" -> new F1Event(t, code, car(b, d, player), f32(b, d + 1), -1);
          case "SPTP" -> new F1Event(t, code, car(b, d, player), f32(b, d + 1), -1);
          case "RTMT", "TMPT", "RCWN", "DTSV", "SGSV" ->
              new F1Event(t, code, car(b, d, player), Double.NaN, -1);
          case "PENA" -> new F1Event(t, code, car(b, d + 2, player), u8(b, d), u8(b, d + 1));
          case "STLG" -> new F1Event(t, code, -1, u8(b, d), -1);
          case "OVTK", "COLL" ->
              new F1Event(t, code, car(b, d, player), Double.NaN, car(b, d + 1, player));
          case "SCAR" -> new F1Event(t, code, -1, u8(b, d), u8(b, d + 1));
          default -> new F1Event(t, code, -1, Double.NaN, -1);
        };
    out.event(event);
    return code;
  }

  private static int car(byte[] b, int p, int player) {
    int index = u8(b, p);
    return index < MAX_CARS ? F1CarIndex.carOf(index, player) : -1;
  }

  static List<F1Participant> participants(
      byte[] b, int base, int player, F1PacketFormat format, F1Output out) {
    int active = Math.min(u8(b, base + HEADER_BYTES), MAX_CARS);
    List<F1Participant> list = new ArrayList<>(active);
    for (int i = 0; i < active; i++) {
      int p = base + HEADER_BYTES + 1 + i * format.participantStride();
      list.add(
          new F1Participant(
              F1CarIndex.carOf(i, player),
              name(b, p + 7, format.nameBytes()),
              u8(b, p + 3),
              u8(b, p + 5),
              u8(b, p + 1),
              u8(b, p) == 1));
    }
    out.participants(list);
    return list;
  }

  /** A NUL-terminated UTF-8 name in a fixed field. */
  private static String name(byte[] b, int p, int maxBytes) {
    int n = 0;
    while (n < maxBytes && b[p + n] != 0) {
      n++;
    }
    return new String(b, p, n, StandardCharsets.UTF_8);
  }
}

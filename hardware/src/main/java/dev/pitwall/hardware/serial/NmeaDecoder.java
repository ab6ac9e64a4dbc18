package dev.pitwall.hardware.serial;

import dev.pitwall.core.source.SourceCounters;
import dev.pitwall.core.telemetry.Channel;

/**
 * NMEA 0183 decoder for RMC, GGA and VTG sentences of any talker (GP, GN, GL, GA, BD, ...). The
 * checksum (XOR of the characters between '$' and '*') is required and verified. Other sentence
 * types are counted as unknown ids and skipped.
 *
 * <p>Receivers send RMC and GGA for the same fix, so a position is emitted once per fix time (the
 * first sentence of an epoch wins). VTG carries no time: its speed and course are used only while
 * no RMC has been seen, so one stream never holds two speeds per epoch.
 */
public final class NmeaDecoder extends ChannelLineDecoder {
  private static final double KPH_PER_KNOT = 1.852;

  private final Channel latitude;
  private final Channel longitude;
  private final Channel speed;
  private final Channel heading;
  private final Channel fixQuality;
  private final Channel satellites;
  private final Channel altitude;
  private final Channel utcTime;
  private String lastPositionFixTime = "";
  private boolean rmcSeen;

  /**
   * @param rateHz the receiver's configured fix rate (1..25 Hz), the channels' nominal rate
   */
  public NmeaDecoder(String sourceName, SourceCounters counters, double rateHz) {
    super(sourceName, counters);
    latitude = new Channel("latitude", "deg", rateHz);
    longitude = new Channel("longitude", "deg", rateHz);
    speed = new Channel("speed", "km/h", rateHz);
    heading = new Channel("heading", "deg", rateHz);
    fixQuality = new Channel("gpsFixQuality", "-", rateHz);
    satellites = new Channel("gpsSatellites", "-", rateHz);
    altitude = new Channel("altitude", "m", rateHz);
    utcTime = new Channel("gpsUtcTimeOfDay", "s", rateHz);
  }

  @Override
  void decodeLine(String line, long lineNumber, long t) {
    String body = checkedBody(line, lineNumber);
    if (body == null) {
      return;
    }
    String[] f = body.split(",", -1);
    if (f[0].length() != 5) {
      unknown(lineNumber, "address field '" + f[0] + "' is not talker + sentence type");
      return;
    }
    try {
      switch (f[0].substring(2)) {
        case "RMC" -> rmc(f, t);
        case "GGA" -> gga(f, t);
        case "VTG" -> vtg(f, t);
        default -> unknown(lineNumber, "sentence " + f[0] + " not decoded");
      }
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      counters.decodeError(where(lineNumber) + ": bad field in " + f[0] + ": " + e.getMessage());
    }
  }

  /** The text between '$' and '*' when the checksum verifies; null (counted) otherwise. */
  private String checkedBody(String line, long lineNumber) {
    String s = line.strip();
    if (s.isEmpty() || s.charAt(0) != '$') {
      counters.invalidFrame(where(lineNumber) + ": not an NMEA sentence (no leading '$')");
      return null;
    }
    int star = s.lastIndexOf('*');
    if (star < 0 || star + 3 != s.length()) {
      counters.invalidFrame(where(lineNumber) + ": missing or malformed '*hh' checksum");
      return null;
    }
    int computed = 0;
    for (int i = 1; i < star; i++) {
      computed ^= s.charAt(i);
    }
    int given;
    try {
      given = Integer.parseInt(s.substring(star + 1), 16);
    } catch (NumberFormatException e) {
      counters.invalidFrame(
          where(lineNumber) + ": checksum '" + s.substring(star + 1) + "' not hex");
      return null;
    }
    if (given != computed) {
      counters.invalidFrame(
          where(lineNumber)
              + String.format(": checksum %02X, computed %02X (corrupted line)", given, computed));
      return null;
    }
    return s.substring(1, star);
  }

  private void rmc(String[] f, long t) {
    rmcSeen = true;
    if (!"A".equals(f[2])) {
      return; // V = receiver warning, no valid fix
    }
    position(f[1], f[3], f[4], f[5], f[6], t);
    if (!f[7].isEmpty()) {
      out.add(speed, t, Double.parseDouble(f[7]) * KPH_PER_KNOT);
    }
    if (!f[8].isEmpty()) {
      out.add(heading, t, Double.parseDouble(f[8]));
    }
  }

  private void gga(String[] f, long t) {
    int quality = f[6].isEmpty() ? 0 : Integer.parseInt(f[6]);
    out.add(fixQuality, t, quality);
    if (!f[7].isEmpty()) {
      out.add(satellites, t, Integer.parseInt(f[7]));
    }
    if (quality == 0) {
      return;
    }
    position(f[1], f[2], f[3], f[4], f[5], t);
    if (!f[9].isEmpty()) {
      out.add(altitude, t, Double.parseDouble(f[9]));
    }
  }

  private void vtg(String[] f, long t) {
    if (rmcSeen) {
      return;
    }
    if (!f[1].isEmpty()) {
      out.add(heading, t, Double.parseDouble(f[1]));
    }
    if (!f[7].isEmpty()) {
      out.add(speed, t, Double.parseDouble(f[7]));
    } else if (!f[5].isEmpty()) {
      out.add(speed, t, Double.parseDouble(f[5]) * KPH_PER_KNOT);
    }
  }

  private void position(String time, String lat, String ns, String lon, String ew, long t) {
    if (lat.isEmpty() || lon.isEmpty() || time.equals(lastPositionFixTime)) {
      return;
    }
    lastPositionFixTime = time;
    out.add(latitude, t, degrees(lat, 2) * ("S".equals(ns) ? -1 : 1));
    out.add(longitude, t, degrees(lon, 3) * ("W".equals(ew) ? -1 : 1));
    if (time.length() >= 6) {
      double seconds =
          Integer.parseInt(time.substring(0, 2)) * 3600
              + Integer.parseInt(time.substring(2, 4)) * 60
              + Double.parseDouble(time.substring(4));
      out.add(utcTime, t, seconds);
    }
  }

  /** NMEA (d)ddmm.mmmm to decimal degrees. */
  static double degrees(String value, int degreeDigits) {
    if (value.length() < degreeDigits + 2) {
      throw new NumberFormatException("coordinate '" + value + "' too short");
    }
    double deg = Integer.parseInt(value.substring(0, degreeDigits));
    double min = Double.parseDouble(value.substring(degreeDigits));
    if (min >= 60) {
      throw new NumberFormatException("minutes " + min + " >= 60 in '" + value + "'");
    }
    return deg + min / 60.0;
  }

  private void unknown(long lineNumber, String what) {
    counters.unknownId();
    counters.error(where(lineNumber) + ": " + what);
  }
}

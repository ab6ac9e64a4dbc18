package dev.pitwall.app.report;

import dev.pitwall.analytics.distance.ChannelSeries;
import dev.pitwall.analytics.distance.PathDistance;
import dev.pitwall.analytics.lapdetect.BeaconCrossingFinder;
import dev.pitwall.analytics.lapdetect.Crossings;
import dev.pitwall.analytics.lapdetect.GateCrossingFinder;
import dev.pitwall.analytics.lapdetect.GateLine;
import dev.pitwall.analytics.lapdetect.LapDetection;
import dev.pitwall.analytics.lapdetect.LapSplitter;
import dev.pitwall.analytics.lapdetect.LocalProjection;
import dev.pitwall.analytics.lapdetect.PositionTrace;
import dev.pitwall.analytics.lapdetect.SpeedTrace;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Laps of a session without a lap-distance channel, for {@link SessionAnalyser}: from a
 * start/finish line crossed by the GPS track (segment crossing interpolated between fixes), or,
 * with no position at all, from a {@code lapCount} beacon stepping up.
 *
 * <p>The line, best first: one the engineer defined; the catalog track's line when the session is
 * at a catalog track and the car passes within {@value #NEAR_M} m of it; the place where the
 * logger's own lap counter first stepped (its line); else where the car first drove faster than
 * {@value #MOVING_KPH} km/h (laps are then complete laps from an arbitrary point, and the note says
 * so). Stateless; thread-safe.
 */
final class LineLaps {
  static final double NEAR_M = 300;
  static final double MOVING_KPH = 30;
  private static final double MAX_SPEED_MPS = 120;

  /**
   * @param positions posX/posY series of a lat/lon trace (for the map and corners), else empty
   * @param lineNote which line timed the laps, in plain words
   */
  record Result(
      LapDetection detection,
      ChannelSeries distance,
      List<ChannelSeries> positions,
      String lineNote) {}

  private LineLaps() {}

  /**
   * GPS laps from {@code latitude}/{@code longitude} fixes sharing timestamps.
   *
   * @param lapCount the logger's lap counter, or null
   * @throws IllegalArgumentException when the fixes cannot be used, with the reason
   */
  static Result fromGps(
      ChannelSeries lat,
      ChannelSeries lon,
      ChannelSeries lapCount,
      SpeedTrace speed,
      Optional<StartLine> user,
      Optional<StartLine> catalog) {
    if (!Arrays.equals(lat.timeNanos(), lon.timeNanos())) {
      throw new IllegalArgumentException(
          "latitude and longitude do not share timestamps, so no GPS track to time laps on");
    }
    LocalProjection proj = LocalProjection.atFirstFix(lat.values(), lon.values());
    PositionTrace trace =
        PositionTrace.fromLatLon(lat.timeNanos(), lat.values(), lon.values(), proj);
    StartLine line = chooseLine(trace, proj, lapCount, user, catalog);
    GateLine gate =
        GateLine.across(
            "S/F",
            proj.eastM(line.lonDeg()),
            proj.northM(line.latDeg()),
            line.headingDeg(),
            line.widthM());
    Crossings crossings = GateCrossingFinder.withDefaults().find(trace, gate);
    long[] t = lat.timeNanos();
    LapDetection detection =
        new LapSplitter(LapSplitter.Config.defaults())
            .split(crossings, t[0], t[t.length - 1], speed, List.of(), List.of());
    return new Result(
        detection,
        PathDistance.fromPositions(trace, MAX_SPEED_MPS),
        List.of(ChannelSeries.positionsOf(trace)),
        String.format(
            java.util.Locale.ROOT,
            "laps from the GPS line at %.6f, %.6f (heading %.0f°, %.0f m wide): %s",
            line.latDeg(),
            line.lonDeg(),
            line.headingDeg(),
            line.widthM(),
            line.origin()));
  }

  /** Beacon laps: the counter stepping up; distance integrated from speed (km/h). */
  static Result fromBeacon(ChannelSeries lapCount, ChannelSeries speedKph) {
    Crossings crossings =
        BeaconCrossingFinder.withDefaults()
            .find(lapCount.name(), lapCount.timeNanos(), lapCount.values());
    long[] t = lapCount.timeNanos();
    SpeedTrace speed = new SpeedTrace(speedKph.timeNanos(), speedKph.values());
    LapDetection detection =
        new LapSplitter(LapSplitter.Config.defaults())
            .split(crossings, t[0], t[t.length - 1], speed, List.of(), List.of());
    return new Result(
        detection,
        PathDistance.fromSpeed(speedKph.timeNanos(), speedKph.values()),
        List.of(),
        "laps from the lapCount beacon (resolution: its sample period); distance from speed");
  }

  private static StartLine chooseLine(
      PositionTrace trace,
      LocalProjection proj,
      ChannelSeries lapCount,
      Optional<StartLine> user,
      Optional<StartLine> catalog) {
    if (user.isPresent()) {
      return user.get();
    }
    if (catalog.isPresent() && passesNear(trace, proj, catalog.get())) {
      return catalog.get();
    }
    if (lapCount != null) {
      Optional<StartLine> logger = atFirstStep(trace, proj, lapCount);
      if (logger.isPresent()) {
        return logger.get();
      }
    }
    return atFirstMove(trace, proj);
  }

  private static boolean passesNear(PositionTrace trace, LocalProjection proj, StartLine line) {
    double x = proj.eastM(line.lonDeg());
    double y = proj.northM(line.latDeg());
    for (int i = 0; i < trace.size(); i++) {
      if (trace.isValid(i) && Math.hypot(trace.xM(i) - x, trace.yM(i) - y) < NEAR_M) {
        return true;
      }
    }
    return false;
  }

  /** The line where the logger's lap counter first steps up (its own start/finish line). */
  private static Optional<StartLine> atFirstStep(
      PositionTrace trace, LocalProjection proj, ChannelSeries lapCount) {
    double[] v = lapCount.values();
    for (int i = 1; i < v.length; i++) {
      if (v[i] - v[i - 1] >= 0.5) {
        int at = firstAtOrAfter(trace, lapCount.timeNanos()[i]);
        return lineAt(trace, proj, at, "where the logger's lap counter first stepped");
      }
    }
    return Optional.empty();
  }

  private static StartLine atFirstMove(PositionTrace trace, LocalProjection proj) {
    for (int i = 1; i + 1 < trace.size(); i++) {
      if (speedMps(trace, i) * 3.6 >= MOVING_KPH) {
        Optional<StartLine> line =
            lineAt(
                trace,
                proj,
                i,
                "where the car first drove faster than "
                    + (int) MOVING_KPH
                    + " km/h (no catalog, logger or user line: lap 1 starts there, not at the"
                    + " real start/finish)");
        if (line.isPresent()) {
          return line.get();
        }
      }
    }
    throw new IllegalArgumentException(
        "the GPS track never moves faster than " + MOVING_KPH + " km/h: no line to time laps on");
  }

  private static Optional<StartLine> lineAt(
      PositionTrace trace, LocalProjection proj, int at, String origin) {
    if (at < 1 || at + 1 >= trace.size() || !trace.isValid(at - 1) || !trace.isValid(at + 1)) {
      return Optional.empty();
    }
    double dx = trace.xM(at + 1) - trace.xM(at - 1);
    double dy = trace.yM(at + 1) - trace.yM(at - 1);
    if (!(Math.hypot(dx, dy) > 0.1)) {
      return Optional.empty(); // standing still: no direction of travel
    }
    // back from the (linear) projection: metres per degree are its values one degree away
    double lat = proj.originLatDeg() + trace.yM(at) / proj.northM(proj.originLatDeg() + 1);
    double lon = proj.originLonDeg() + trace.xM(at) / proj.eastM(proj.originLonDeg() + 1);
    double heading = (Math.toDegrees(Math.atan2(dx, dy)) + 360) % 360;
    return Optional.of(new StartLine(lat, lon, heading, StartLine.DEFAULT_WIDTH_M, origin));
  }

  private static double speedMps(PositionTrace trace, int i) {
    if (!trace.isValid(i - 1) || !trace.isValid(i + 1)) {
      return 0;
    }
    double d = Math.hypot(trace.xM(i + 1) - trace.xM(i - 1), trace.yM(i + 1) - trace.yM(i - 1));
    double dtS = (trace.timeNanos(i + 1) - trace.timeNanos(i - 1)) / 1e9;
    return dtS > 0 ? d / dtS : 0;
  }

  private static int firstAtOrAfter(PositionTrace trace, long t) {
    for (int i = 0; i < trace.size(); i++) {
      if (trace.timeNanos(i) >= t) {
        return i;
      }
    }
    return -1;
  }
}

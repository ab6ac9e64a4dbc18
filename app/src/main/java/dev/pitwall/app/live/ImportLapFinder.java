package dev.pitwall.app.live;

import dev.pitwall.analytics.lapdetect.BeaconCrossingFinder;
import dev.pitwall.analytics.lapdetect.Crossings;
import dev.pitwall.analytics.lapdetect.GateCrossingFinder;
import dev.pitwall.analytics.lapdetect.GateLine;
import dev.pitwall.analytics.lapdetect.LapDetection;
import dev.pitwall.analytics.lapdetect.LapSplitter;
import dev.pitwall.analytics.lapdetect.LocalProjection;
import dev.pitwall.analytics.lapdetect.PositionTrace;
import dev.pitwall.analytics.lapdetect.SpeedTrace;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Detects the laps of an imported session of car 0 that states none, with {@code
 * analytics.lapdetect}, best method first:
 *
 * <ol>
 *   <li>GPS line: when {@code latitude}/{@code longitude} share timestamps and a {@code lapCount}
 *       channel marks where the logger saw the line, a 30 m line is laid across the track there
 *       (perpendicular to the direction of travel) and crossings are interpolated between fixes;
 *   <li>{@code lapDistance} falling back to zero;
 *   <li>{@code lapCount} stepping up (resolution = its sample period).
 * </ol>
 *
 * Only timed laps are returned (the partial stretches before the first and after the last crossing
 * are not laps). Stateless; thread-safe.
 */
final class ImportLapFinder {
  private static final double GATE_WIDTH_M = 30.0;

  List<Lap> find(List<SampleBlock> channels) {
    Map<String, SampleBlock> ch =
        channels.stream()
            .filter(b -> b.channel().car() == 0)
            .collect(Collectors.toMap(b -> b.channel().name(), Function.identity(), (a, b) -> a));
    if (ch.isEmpty()) {
      return List.of();
    }
    long start = ch.values().stream().mapToLong(SampleBlock::firstTimeNanos).min().orElse(0);
    long end = ch.values().stream().mapToLong(SampleBlock::lastTimeNanos).max().orElse(0);
    Crossings crossings = crossings(ch);
    if (crossings == null) {
      return List.of();
    }
    SampleBlock speed = ch.get("speed");
    SpeedTrace speedTrace =
        speed == null || !speed.channel().unit().equals("km/h")
            ? null
            : new SpeedTrace(speed.times(), speed.values());
    LapDetection d =
        new LapSplitter(LapSplitter.Config.defaults())
            .split(crossings, start, end, speedTrace, List.of(), List.of());
    return d.laps().stream()
        .filter(l -> l.kind() == dev.pitwall.analytics.lapdetect.LapKind.TIMED)
        .map(l -> l.toLap(0))
        .toList();
  }

  private static Crossings crossings(Map<String, SampleBlock> ch) {
    SampleBlock lat = ch.get("latitude");
    SampleBlock lon = ch.get("longitude");
    SampleBlock count = ch.get("lapCount");
    if (lat != null && lon != null && count != null && Arrays.equals(lat.times(), lon.times())) {
      Crossings gps = gpsLine(lat, lon, count);
      if (gps != null) {
        return gps;
      }
    }
    SampleBlock dist = ch.get("lapDistance");
    if (dist != null) {
      return dev.pitwall.analytics.lapdetect.LapDistanceCrossingFinder.withDefaults()
          .find("lapDistance", dist.times(), dist.values());
    }
    if (count != null) {
      return BeaconCrossingFinder.withDefaults().find("lapCount", count.times(), count.values());
    }
    return null;
  }

  /** The line through the fix where lapCount first steps up; null when it never does. */
  private static Crossings gpsLine(SampleBlock lat, SampleBlock lon, SampleBlock count) {
    int step = -1;
    for (int i = 1; i < count.size() && step < 0; i++) {
      if (count.value(i) - count.value(i - 1) >= 0.5) {
        step = i;
      }
    }
    if (step < 0) {
      return null;
    }
    int at = firstIndexAtOrAfter(lat, count.timeNanos(step));
    if (at < 1 || at + 1 >= lat.size()) {
      return null;
    }
    LocalProjection proj = new LocalProjection(lat.value(at), lon.value(at));
    double dx = proj.eastM(lon.value(at + 1)) - proj.eastM(lon.value(at - 1));
    double dy = proj.northM(lat.value(at + 1)) - proj.northM(lat.value(at - 1));
    if (!(Math.hypot(dx, dy) > 0.1)) {
      return null; // standing still at the line: no direction of travel
    }
    double headingDeg = Math.toDegrees(Math.atan2(dx, dy));
    GateLine line = GateLine.across("S/F", 0, 0, headingDeg, GATE_WIDTH_M);
    PositionTrace trace = PositionTrace.fromLatLon(lat, lon, proj);
    return GateCrossingFinder.withDefaults().find(trace, line);
  }

  private static int firstIndexAtOrAfter(SampleBlock b, long t) {
    for (int i = 0; i < b.size(); i++) {
      if (b.timeNanos(i) >= t) {
        return i;
      }
    }
    return -1;
  }
}

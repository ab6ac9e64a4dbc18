package dev.pitwall.analytics.testdata;

import dev.pitwall.analytics.distance.ChannelSeries;
import dev.pitwall.analytics.distance.DistanceLap;
import dev.pitwall.analytics.distance.DistanceResampler;
import dev.pitwall.analytics.distance.PathDistance;
import dev.pitwall.analytics.lapdetect.Crossings;
import dev.pitwall.analytics.lapdetect.DetectedLap;
import dev.pitwall.analytics.lapdetect.GateCrossingFinder;
import dev.pitwall.analytics.lapdetect.GateLine;
import dev.pitwall.analytics.lapdetect.LapDetection;
import dev.pitwall.analytics.lapdetect.LapSplitter;
import dev.pitwall.analytics.lapdetect.LocalProjection;
import dev.pitwall.analytics.lapdetect.PositionTrace;
import dev.pitwall.analytics.lapdetect.SpeedTrace;
import java.util.ArrayList;
import java.util.List;

/**
 * The one complete lap of a real RaceChrono Tianma file, detected from the GPS line and resampled
 * onto a 1 m grid with posX/posY (m), speed (km/h, GPS) and throttle (%, OBD throttle position).
 * All files share one projection origin (the line), so positions are comparable across files.
 */
public record TianmaLap(DetectedLap lap, DistanceLap grid) {
  public static final String LAP9 = "session_20251231_111318_tianma_lap9_v3.csv";
  public static final String LAP13 = "session_20251231_111959_tianma_lap13_v3.csv";
  public static final double LINE_LAT = 31.0789284;
  public static final double LINE_LON = 121.1151276;
  public static final double LINE_HEADING_DEG = 291.0;

  /**
   * @param gridLengthM NaN = the lap's own length
   */
  public static TianmaLap load(String file, double gridLengthM) throws Exception {
    RaceChronoCsv csv = RaceChronoCsv.read(RealData.require("gps/racechrono_tianma/" + file));
    long[] t = csv.elapsedNanos();
    LocalProjection proj = new LocalProjection(LINE_LAT, LINE_LON);
    PositionTrace trace =
        PositionTrace.fromLatLon(
            t, csv.column("latitude", "100"), csv.column("longitude", "100"), proj);
    double[] speedKph = csv.column("speed", "100");
    for (int i = 0; i < speedKph.length; i++) {
      speedKph[i] *= 3.6;
    }
    GateLine line = GateLine.across("S/F", 0, 0, LINE_HEADING_DEG, 30);
    Crossings crossings = GateCrossingFinder.withDefaults().find(trace, line);
    LapDetection detection =
        new LapSplitter(LapSplitter.Config.defaults())
            .split(
                crossings,
                t[0],
                t[t.length - 1],
                new SpeedTrace(t, speedKph),
                List.of(),
                List.of());
    DetectedLap lap = detection.validLaps().get(0);
    List<ChannelSeries> channels = new ArrayList<>(List.of(ChannelSeries.positionsOf(trace)));
    channels.add(new ChannelSeries("speed", t, speedKph));
    channels.add(new ChannelSeries("throttle", t.clone(), csv.column("throttle_pos", "200")));
    ChannelSeries distance = PathDistance.fromPositions(trace, 110);
    DistanceLap grid =
        new DistanceResampler(1.0)
            .resample(lap.startNanos(), lap.endNanos(), distance, channels, gridLengthM);
    return new TianmaLap(lap, grid);
  }
}

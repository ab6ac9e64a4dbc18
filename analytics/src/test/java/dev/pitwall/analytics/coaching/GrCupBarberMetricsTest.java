package dev.pitwall.analytics.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.corners.Corner;
import dev.pitwall.analytics.corners.CurvatureCornerFinder;
import dev.pitwall.analytics.distance.ChannelSeries;
import dev.pitwall.analytics.distance.DistanceLap;
import dev.pitwall.analytics.distance.DistanceResampler;
import dev.pitwall.analytics.distance.PathDistance;
import dev.pitwall.analytics.lapdetect.LocalProjection;
import dev.pitwall.analytics.lapdetect.PositionTrace;
import dev.pitwall.analytics.testdata.GrCupLongCsv;
import dev.pitwall.analytics.testdata.RealData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The last 42 s of lap 2 of GR Cup Barber race 1 (car GR86-002-000), which has real brake pressure
 * ({@code pbrake_f}, bar) and pedal ({@code aps}, %). Not a full lap, so this checks the distance
 * chain and the metrics on real signals rather than lap comparisons.
 */
class GrCupBarberMetricsTest {
  static GrCupLongCsv csv;
  static PositionTrace trace;
  static long endOfLap2;

  @BeforeAll
  static void read() throws Exception {
    csv =
        GrCupLongCsv.read(
            RealData.require("gr-cup/barber/Samples/R1_barber_telemetry_data_sample.csv"));
    ChannelSeries lat = csv.channel("VBOX_Lat_Min");
    ChannelSeries lon = csv.channel("VBOX_Long_Minutes");
    long[] t = lat.timeNanos();
    double[] lonOnLat = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      lonOnLat[i] = lon.valueAt(t[i]);
    }
    trace =
        PositionTrace.fromLatLon(
            t, lat.values(), lonOnLat, LocalProjection.atFirstFix(lat.values(), lonOnLat));
    ChannelSeries dist = csv.channel("Laptrigger_lapdist_dls");
    int k = 0;
    while (dist.values()[k + 1] >= dist.values()[k]) {
      k++;
    }
    endOfLap2 = dist.timeNanos()[k];
  }

  @Test
  void gpsPathDistanceAgreesWithTheEcuLapDistance() {
    ChannelSeries gps = PathDistance.fromPositions(trace, 110);
    ChannelSeries ecu = csv.channel("Laptrigger_lapdist_dls");
    long start = ecu.timeNanos()[0];
    double gpsM = gps.valueAt(endOfLap2) - gps.valueAt(start);
    double ecuM = ecu.valueAt(endOfLap2) - ecu.valueAt(start);
    System.out.printf("lap 2 tail: GPS path %.1f m, ECU lap distance %.1f m%n", gpsM, ecuM);
    assertEquals(ecuM, gpsM, 0.02 * ecuM);
  }

  @Test
  void realBrakeApplicationsGiveBrakePointsBeforeTheApexAndTheirPeakPressure() {
    long start = csv.channel("Laptrigger_lapdist_dls").timeNanos()[0];
    List<ChannelSeries> channels = new ArrayList<>(List.of(ChannelSeries.positionsOf(trace)));
    channels.add(renamed(csv.channel("speed"), "speed"));
    channels.add(renamed(csv.channel("pbrake_f"), "brakePressureFront"));
    channels.add(renamed(csv.channel("aps"), "throttle"));
    DistanceLap grid =
        new DistanceResampler(1.0)
            .resample(
                start, endOfLap2, PathDistance.fromPositions(trace, 110), channels, Double.NaN);
    List<Corner> corners =
        new CurvatureCornerFinder(CurvatureCornerFinder.Config.defaults())
            .find(grid.channel("posX"), grid.channel("posY"), 1.0);
    LapAnalysis analysis =
        new CornerMetricsCalculator(
                CornerMetricsCalculator.Channels.shared(),
                CornerMetricsCalculator.Config.defaults())
            .analyse(2, Double.NaN, grid, corners);
    double[] brake = grid.channel("brakePressureFront");
    int braked = 0;
    for (CornerMetrics m : analysis.corners()) {
      if (Double.isNaN(m.brakePointM())) {
        continue;
      }
      braked++;
      assertTrue(m.brakeFromPressure());
      assertTrue(m.brakePointM() < m.corner().apexM(), m.toString());
      int at = (int) Math.ceil(m.brakePointM());
      assertTrue(
          brake[at + 1] > 1.0 && brake[(int) Math.floor(m.brakePointM()) - 1] <= 1.0, m.toString());
      assertTrue(m.peakBrakeBar() >= 3.0, m.toString());
    }
    assertFalse(analysis.corners().isEmpty());
    assertTrue(braked >= 2, "braking zones found: " + braked);
  }

  private static ChannelSeries renamed(ChannelSeries s, String name) {
    return new ChannelSeries(name, s.timeNanos(), s.values());
  }
}

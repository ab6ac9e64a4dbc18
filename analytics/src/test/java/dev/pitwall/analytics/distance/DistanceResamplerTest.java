package dev.pitwall.analytics.distance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DistanceResamplerTest {
  @Test
  void linesUpChannelsOfDifferentRatesByDistance() {
    // 20 m/s for 10 s: distance at 100 Hz, speed at 10 Hz, a ramp channel at 50 Hz
    long[] t100 = times(1001, 10_000_000L);
    double[] d = new double[1001];
    for (int i = 0; i < d.length; i++) {
      d[i] = 20 * t100[i] / 1e9;
    }
    long[] t50 = times(501, 20_000_000L);
    double[] ramp = new double[501];
    for (int i = 0; i < ramp.length; i++) {
      ramp[i] = t50[i] / 1e9; // value = seconds
    }
    DistanceLap lap =
        new DistanceResampler(1.0)
            .resample(
                0,
                t100[1000],
                new ChannelSeries("distance", t100, d),
                List.of(new ChannelSeries("ramp", t50, ramp)),
                Double.NaN);
    assertEquals(201, lap.pointCount());
    assertEquals(200, lap.measuredLengthM(), 1e-9);
    double[] r = lap.channel("ramp");
    for (int k = 0; k < lap.pointCount(); k++) {
      assertEquals(k / 20.0, lap.timeS()[k], 1e-6);
      assertEquals(k / 20.0, r[k], 1e-6);
    }
  }

  @Test
  void scalesALapToTheReferenceLength() {
    long[] t = times(1001, 10_000_000L);
    double[] d = new double[1001];
    for (int i = 0; i < d.length; i++) {
      d[i] = 20 * t[i] / 1e9;
    }
    DistanceLap lap =
        new DistanceResampler(1.0)
            .resample(0, t[1000], new ChannelSeries("distance", t, d), List.of(), 100);
    assertEquals(101, lap.pointCount());
    assertEquals(10.0, lap.timeS()[100], 1e-6);
    assertEquals(5.0, lap.timeAtM(50), 1e-6);
  }

  @Test
  void refusesALapTooShortForTheGridWithTheReason() {
    long[] t = times(100, 10_000_000L);
    double[] d = new double[100];
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new DistanceResampler(1.0)
                    .resample(
                        0, t[99], new ChannelSeries("distance", t, d), List.of(), Double.NaN));
    assertTrue(e.getMessage().contains("covers 0.0 m"), e.getMessage());
  }

  @Test
  void unwrapsALapDistanceChannelAndIgnoresNoise() {
    long[] t = times(7, 1_000_000_000L);
    double[] lapDist = {1800, 1900, 1899, 5, 105, Double.NaN, 300};
    double[] d = PathDistance.fromLapDistance(t, lapDist, 200).values();
    assertEquals(
        List.of(1800.0, 1900.0, 1900.0, 1905.0, 2005.0, 2005.0, 2200.0),
        java.util.Arrays.stream(d).boxed().toList());
  }

  @Test
  void integratesSpeedBridgingNaN() {
    long[] t = times(4, 1_000_000_000L);
    double[] d = PathDistance.fromSpeed(t, new double[] {36, 36, Double.NaN, 36}).values();
    assertEquals(30.0, d[3], 1e-9);
  }

  private static long[] times(int n, long stepNanos) {
    long[] t = new long[n];
    for (int i = 0; i < n; i++) {
      t[i] = i * stepNanos;
    }
    return t;
  }
}

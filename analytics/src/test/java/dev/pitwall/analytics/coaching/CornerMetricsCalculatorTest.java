package dev.pitwall.analytics.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.distance.DistanceLap;
import dev.pitwall.analytics.testdata.SyntheticLap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CornerMetricsCalculatorTest {
  private static final CornerMetricsCalculator CALCULATOR =
      new CornerMetricsCalculator(
          CornerMetricsCalculator.Channels.shared(), CornerMetricsCalculator.Config.defaults());

  @ParameterizedTest
  @ValueSource(doubles = {-30, -8, 0, 12})
  void measuresTheKnownInputsOfEveryCorner(double brakeShiftM) {
    List<SyntheticLap.Spec> specs =
        SyntheticLap.withBrakeShift(SyntheticLap.standard(), "T2", brakeShiftM, 0);
    DistanceLap lap = SyntheticLap.drive(specs);
    LapAnalysis analysis = CALCULATOR.analyse(1, 100, lap, SyntheticLap.corners(specs));
    assertEquals(3, analysis.corners().size());
    for (int i = 0; i < specs.size(); i++) {
      SyntheticLap.Spec spec = specs.get(i);
      CornerMetrics m = analysis.corners().get(i);
      assertEquals(spec.corner().name(), m.name());
      assertTrue(m.brakeFromPressure());
      assertEquals(spec.brakePointM(), m.brakePointM(), 1.0, m.toString());
      assertEquals(spec.peakBrakeBar(), m.peakBrakeBar(), 0.5, m.toString());
      assertEquals(spec.minSpeedKph(), m.minSpeedKph(), 0.5, m.toString());
      assertEquals(spec.pickupM(), m.throttlePickupM(), 1.0, m.toString());
      double exitMps =
          Math.sqrt(
              Math.pow(spec.minSpeedKph() / 3.6, 2)
                  + 2 * 0.5 * 9.80665 * (spec.corner().exitM() - spec.pickupM()));
      assertEquals(exitMps * 3.6, m.exitSpeedKph(), 0.5, m.toString());
      double slowest = spec.corner().lengthM() / (spec.minSpeedKph() / 3.6);
      assertTrue(m.cornerTimeS() > 0 && m.cornerTimeS() <= slowest, m.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {-20, 0, 15})
  void findsTheBrakePointFromSpeedAloneWhenThereIsNoBrakeChannel(double brakeShiftM) {
    List<SyntheticLap.Spec> specs =
        SyntheticLap.withBrakeShift(SyntheticLap.standard(), "T1", brakeShiftM, 0);
    DistanceLap full = SyntheticLap.drive(specs);
    Map<String, double[]> channels = new LinkedHashMap<>();
    channels.put("speed", full.channel("speed"));
    DistanceLap speedOnly =
        new DistanceLap(full.stepM(), full.measuredLengthM(), full.timeS(), channels);
    LapAnalysis analysis = CALCULATOR.analyse(1, 100, speedOnly, SyntheticLap.corners(specs));
    CornerMetrics t1 = analysis.corners().get(0);
    assertFalse(t1.brakeFromPressure());
    assertTrue(Double.isNaN(t1.peakBrakeBar()));
    assertTrue(Double.isNaN(t1.throttlePickupM()));
    assertEquals(specs.get(0).brakePointM(), t1.brakePointM(), 3.0, t1.toString());
  }

  @ParameterizedTest
  @ValueSource(doubles = {-20, 0, 15})
  void usesTheLongitudinalAccelerometerWhenThereIsNoBrakeChannel(double brakeShiftM) {
    List<SyntheticLap.Spec> specs =
        SyntheticLap.withBrakeShift(SyntheticLap.standard(), "T3", brakeShiftM, 0);
    DistanceLap full = SyntheticLap.drive(specs);
    // accelerometer: a = v dv/ds from the synthetic speed, plus 0.02 g of sensor noise
    double[] v = full.channel("speed");
    double[] accG = new double[v.length];
    java.util.SplittableRandom noise = new java.util.SplittableRandom(7);
    for (int k = 1; k + 1 < v.length; k++) {
      double a = ((v[k + 1] / 3.6) * (v[k + 1] / 3.6) - (v[k - 1] / 3.6) * (v[k - 1] / 3.6)) / 4;
      accG[k] = a / 9.80665 + (noise.nextDouble() - 0.5) * 0.04;
    }
    Map<String, double[]> channels = new LinkedHashMap<>();
    channels.put("speed", v);
    channels.put("accLong", accG);
    // a constant speed offset would not move a speed-derived brake point: flatten speed to prove
    // the accelerometer is what is used
    double[] flat = v.clone();
    java.util.Arrays.fill(flat, 2100, 2300, 150);
    channels.put("speed", flat);
    DistanceLap lap = new DistanceLap(full.stepM(), full.measuredLengthM(), full.timeS(), channels);
    CornerMetrics t3 =
        CALCULATOR.analyse(1, 100, lap, SyntheticLap.corners(specs)).corners().get(2);
    assertFalse(t3.brakeFromPressure());
    assertEquals(specs.get(2).brakePointM(), t3.brakePointM(), 3.0, t3.toString());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 40})
  void nanHolesInAChannelDoNotBreakTheMetrics(int holeM) {
    List<SyntheticLap.Spec> specs = SyntheticLap.standard();
    DistanceLap full = SyntheticLap.drive(specs);
    double[] speed = full.channel("speed");
    for (int k = 1000; k < 1000 + holeM; k++) {
      speed[k] = Double.NaN;
    }
    Map<String, double[]> channels = new LinkedHashMap<>();
    for (String name : full.channelNames()) {
      channels.put(name, full.channel(name));
    }
    channels.put("speed", speed);
    DistanceLap holed =
        new DistanceLap(full.stepM(), full.measuredLengthM(), full.timeS(), channels);
    LapAnalysis analysis = CALCULATOR.analyse(1, 100, holed, SyntheticLap.corners(specs));
    assertEquals(specs.get(1).minSpeedKph(), analysis.corners().get(1).minSpeedKph(), 0.5);
  }
}

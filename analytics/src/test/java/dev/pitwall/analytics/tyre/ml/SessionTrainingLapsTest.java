package dev.pitwall.analytics.tyre.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionTrainingLapsTest {
  private static final double HZ = 10;

  /** Lap times, s: lap 5 is a slow (traffic) lap beyond 1.07 x median; a new set after lap 3. */
  private static final double[] LAP_S = {60.5, 60, 61, 60.2, 75, 60.8};

  private static List<Lap> laps() {
    List<Lap> out = new ArrayList<>();
    long t = 0;
    for (int i = 0; i < LAP_S.length; i++) {
      long end = t + (long) (LAP_S[i] * 1e9);
      out.add(new Lap(0, i + 1, t, end, List.of(), true));
      t = end;
    }
    out.add(new Lap(0, 7, t, t + 80_000_000_000L, List.of(), false)); // in-lap: not valid
    out.add(new Lap(1, 1, 0, 60_000_000_000L, List.of(), true)); // another car
    return out;
  }

  /** Every channel at 10 Hz; wear grows 0.5 %/lap per tyre and resets at lap 4 (new set). */
  private static Map<String, SampleBlock> channels(double endS) {
    int n = (int) (endS * HZ);
    Map<String, double[]> values = new HashMap<>();
    SessionTrainingLaps.CHANNELS.forEach(c -> values.put(c, new double[n]));
    long[] times = new long[n];
    double setStartS = LAP_S[0] + LAP_S[1] + LAP_S[2];
    for (int i = 0; i < n; i++) {
      double t = i / HZ;
      times[i] = (long) (t * 1e9);
      values.get("speed")[i] = 150;
      values.get("accLat")[i] = 1.5 * Math.sin(t);
      values.get("accLong")[i] = Math.cos(t);
      values.get("brakePressureFront")[i] = Math.max(0, -20 * Math.cos(t));
      values.get("fuel")[i] = 50 - 0.03 * t;
      double lapsOnSet = (t < setStartS ? t : t - setStartS) / 60.0;
      for (String c : SessionTrainingLaps.CORNERS) {
        values.get("tyreTemp" + c)[i] = 90;
        values.get("tyreWear" + c)[i] = 0.5 * lapsOnSet;
      }
    }
    Map<String, SampleBlock> out = new HashMap<>();
    values.forEach(
        (name, v) -> out.put(name, new SampleBlock(new Channel(name, "-", HZ), times, v, n)));
    return out;
  }

  @Test
  void buildsCleanLapsOfTwoStintsWithLossAndWearTargets() {
    var r =
        new SessionTrainingLaps().build("session 7", "zandvoort", "MEDIUM", laps(), channels(500));
    assertEquals(0, r.skippedLaps(), r.problems().toString());
    List<Integer> numbers = r.laps().stream().map(TrainingLap::lapNumber).toList();
    assertEquals(List.of(1, 2, 3, 4, 6), numbers, "slow lap 5 and the invalid lap 7 are not clean");
    double[] ages =
        r.laps().stream()
            .mapToDouble(l -> l.features().value(NumericFeature.TYRE_AGE_LAPS))
            .toArray();
    assertArrayEquals(new double[] {1, 2, 3, 1, 2}, ages, 1e-9);
    double[] loss = r.laps().stream().mapToDouble(TrainingLap::lapTimeLossS).toArray();
    // against the stint's best lap so far (what live timing knows): lap 2 improves on lap 1
    assertArrayEquals(new double[] {0, 0, 1.0, 0, 0.6}, loss, 1e-6);
    TrainingLap first = r.laps().get(0);
    assertEquals(0.5, first.wearPct()[0], 0.01);
    assertEquals(50, first.features().value(NumericFeature.FUEL_L), 1e-6);
    assertEquals("session 7", first.sessionId());
    assertEquals("zandvoort", first.features().track());
  }

  @Test
  void missingChannelIsNamedAndNoLapIsBuilt() {
    Map<String, SampleBlock> channels = channels(500);
    channels.remove("tyreWearRL");
    var r = new SessionTrainingLaps().build("session 8", "zandvoort", "MEDIUM", laps(), channels);
    assertTrue(r.laps().isEmpty());
    assertEquals(5, r.skippedLaps());
    assertTrue(
        r.problems().get(0).contains("session 8: no tyreWearRL channel"), r.problems().toString());
  }

  @Test
  void lapWithoutTelemetryIsSkippedWithItsNumber() {
    // Channels end during lap 6: its window is too short to integrate.
    var r =
        new SessionTrainingLaps()
            .build("session 9", "zandvoort", "MEDIUM", laps(), channels(317.2));
    assertEquals(1, r.skippedLaps());
    assertTrue(r.problems().get(0).startsWith("session 9 lap 6:"), r.problems().toString());
    assertEquals(4, r.laps().size());
  }
}

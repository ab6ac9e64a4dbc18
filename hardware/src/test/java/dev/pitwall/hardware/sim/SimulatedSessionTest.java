package dev.pitwall.hardware.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.track.TrackCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedSessionTest {
  private static final TrackCatalog CATALOG = TrackCatalog.builtIn();

  private static int channel(String name) {
    for (int i = 0; i < SimChannels.PER_CAR; i++) {
      if (SimChannels.NAMES[i][0].equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name);
  }

  @Test
  void everyChannelStaysInPhysicalRangesOverSeveralLaps() {
    SimulatedSession s = SimulatedSession.create(CATALOG, "cota", 1, 3);
    double previousFuel = Double.MAX_VALUE;
    double previousWear = 0;
    double maxLapDistance = 0;
    int lapResets = 0;
    double previousLapDistance = 0;
    while (s.completedLaps(0) < 3) {
      s.tick();
      assertBetween(s, "speed", 40, 250);
      assertBetween(s, "rpm", 900, 7500);
      assertBetween(s, "gear", 1, 6);
      assertBetween(s, "throttle", 0, 100);
      assertBetween(s, "brakePressureFront", 0, 120);
      assertBetween(s, "brakePressureRear", 0, 120);
      assertBetween(s, "accLat", -1.6, 1.6);
      assertBetween(s, "accLong", -1.6, 0.8);
      assertBetween(s, "steeringAngle", -360, 360);
      assertBetween(s, "heading", 0, 360);
      assertBetween(s, "latitude", 30.12, 30.15);
      assertBetween(s, "longitude", -97.65, -97.62);
      for (String corner : List.of("FL", "FR", "RL", "RR")) {
        assertBetween(s, "tyreTemp" + corner, 20, 130);
        assertBetween(s, "tyrePressure" + corner, 1.0, 3.0);
        assertBetween(s, "tyreWear" + corner, 0, 100);
      }
      double fuel = s.value(0, channel("fuel"));
      assertTrue(fuel <= previousFuel && fuel > 0, "fuel must fall: " + fuel);
      previousFuel = fuel;
      double wear = s.value(0, channel("tyreWearFL"));
      assertTrue(wear >= previousWear, "wear never decreases");
      previousWear = wear;
      double lapDistance = s.value(0, channel("lapDistance"));
      if (lapDistance < previousLapDistance - 1000) {
        lapResets++;
        assertTrue(lapDistance < 50, "lap distance resets near 0: " + lapDistance);
      }
      previousLapDistance = lapDistance;
      maxLapDistance = Math.max(maxLapDistance, lapDistance);
    }
    assertEquals(s.track().lengthM(), maxLapDistance, 10);
    assertTrue(lapResets >= 3, "crossed the line " + lapResets + " times");
    assertTrue(previousFuel < 50 - 3, "burned fuel over 3 laps, left: " + previousFuel);
  }

  private static void assertBetween(SimulatedSession s, String name, double min, double max) {
    double v = s.value(0, channel(name));
    assertTrue(
        v >= min && v <= max,
        name + " = " + v + " outside [" + min + ", " + max + "] at t=" + s.timeNanos() / 1e9);
  }

  @Test
  void reachesRealisticPeaksOnALap() {
    SimulatedSession s = SimulatedSession.create(CATALOG, "cota", 1, 1);
    double maxSpeed = 0;
    double maxLat = 0;
    double maxBrake = 0;
    int maxGear = 0;
    while (s.completedLaps(0) < 2) {
      s.tick();
      maxSpeed = Math.max(maxSpeed, s.value(0, channel("speed")));
      maxLat = Math.max(maxLat, Math.abs(s.value(0, channel("accLat"))));
      maxBrake = Math.max(maxBrake, s.value(0, channel("brakePressureFront")));
      maxGear = Math.max(maxGear, (int) s.value(0, channel("gear")));
    }
    // GR Cup COTA results list top speeds of ~200-210 km/h
    assertEquals(207, maxSpeed, 15, "top speed km/h");
    assertTrue(maxLat > 1.1, "peak lateral g " + maxLat);
    assertTrue(maxBrake > 50, "peak front brake bar " + maxBrake);
    assertTrue(maxGear >= 5, "top gear " + maxGear);
  }

  @Test
  void sameSeedGivesIdenticalSamplesAndAnotherSeedDiffers() {
    assertArrayEquals(trace(7), trace(7));
    assertFalse(java.util.Arrays.equals(trace(7), trace(8)));
  }

  private static double[] trace(long seed) {
    SimulatedSession s = SimulatedSession.create(CATALOG, "spa", 2, seed);
    double[] out = new double[3000 * 2 * SimChannels.PER_CAR];
    int k = 0;
    for (int t = 0; t < 3000; t++) {
      s.tick();
      for (int car = 0; car < 2; car++) {
        for (int c = 0; c < SimChannels.PER_CAR; c++) {
          out[k++] = s.value(car, c);
        }
      }
    }
    return out;
  }

  @Test
  void lapTimesFadeOverAStintAsTheTyresWear() {
    var layout = CATALOG.load("cota");
    var driver = new DriverProfile("Metronome", 1.0, 1.0, 0.0);
    SimulatedSession s =
        new SimulatedSession(
            layout, CATALOG.geoReference("cota"), CarParameters.gr86Cup(), List.of(driver), 1);
    while (s.completedLaps(0) < 16) {
      s.tick();
    }
    List<Double> laps = s.lapTimesS(0);
    double early = (laps.get(6) + laps.get(7)) / 2;
    double late = (laps.get(14) + laps.get(15)) / 2;
    assertTrue(late - early > 0.3, "fade over 8 laps: " + (late - early) + " s, laps " + laps);
    assertTrue(s.value(0, channel("tyreWearRR")) > 15, "worn after 16 laps");
  }

  @Test
  void carsHaveDifferentDriversAndPaces() {
    SimulatedSession s = SimulatedSession.create(CATALOG, "monza", 3, 5);
    while (s.completedLaps(2) < 2) {
      s.tick();
    }
    assertNotEquals(s.driver(0).name(), s.driver(1).name());
    assertNotEquals(s.lapTimesS(0).get(1), s.lapTimesS(1).get(1));
    assertNotEquals(s.value(0, channel("posX")), s.value(1, channel("posX")));
  }
}

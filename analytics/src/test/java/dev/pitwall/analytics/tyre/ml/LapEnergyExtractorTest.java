package dev.pitwall.analytics.tyre.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.tyre.ml.LapEnergyExtractor.LapContext;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LapEnergyExtractorTest {
  static final LapContext CONTEXT = new LapContext("cota", "SOFT", 7, 42.5);
  static final int N = 1001; // 10 s at 100 Hz

  /** 10 s at 100 km/h: 4 s of a 1.5 g left-hand corner, then 2 s of 1.0 g braking at 50 bar. */
  static LapChannels cornerThenBraking() {
    double[] t = new double[N];
    double[] v = new double[N];
    double[] lat = new double[N];
    double[] lon = new double[N];
    double[] brake = new double[N];
    double[][] temps = new double[4][N];
    for (int i = 0; i < N; i++) {
      t[i] = i * 0.01;
      v[i] = 100;
      lat[i] = i < 400 ? 1.5 : 0;
      lon[i] = i >= 600 && i < 800 ? -1.0 : 0;
      brake[i] = i >= 600 && i < 800 ? 50 : 0;
      for (int c = 0; c < 4; c++) {
        temps[c][i] = 90 + 5 * c;
      }
    }
    return new LapChannels(t, v, lat, lon, brake, temps);
  }

  @Test
  void integratesLoadsBrakeEnergyAndPerTyreEnergy() {
    LapFeatures f = new LapEnergyExtractor().extract(cornerThenBraking(), CONTEXT);
    assertEquals(1.5 * 4, f.value(NumericFeature.LAT_G_S), 1e-9);
    assertEquals(2.0, f.value(NumericFeature.LONG_G_S), 1e-9);
    assertEquals(50 * 100 * 2.0, f.value(NumericFeature.BRAKE_ENERGY), 1e-6);
    // left-hand corner loads the right-hand tyres; braking loads the fronts
    assertEquals(100 * 2.0, f.value(NumericFeature.ENERGY_FL), 1e-6);
    assertEquals(100 * (6.0 + 2.0), f.value(NumericFeature.ENERGY_FR), 1e-6);
    assertEquals(0, f.value(NumericFeature.ENERGY_RL), 1e-9);
    assertEquals(100 * 6.0, f.value(NumericFeature.ENERGY_RR), 1e-6);
    assertEquals(1, f.value(NumericFeature.HARD_CORNERS));
    assertEquals(1, f.value(NumericFeature.HEAVY_BRAKINGS));
    assertEquals(100, f.value(NumericFeature.MEAN_SPEED_KPH), 1e-9);
    assertEquals(105, f.value(NumericFeature.TYRE_TEMP_RR_C), 1e-9);
    assertEquals(42.5, f.value(NumericFeature.FUEL_L));
    assertEquals(7, f.value(NumericFeature.TYRE_AGE_LAPS));
    assertEquals("SOFT", f.compound());
  }

  @ParameterizedTest
  @CsvSource({"'0,0.9,0.5,0.9,0.3,1.0', 2", "'0,0.9,0.7,0.9', 1", "'0.79,0.5,0.79', 0"})
  void countsEventsOnceWithHysteresis(String values, int expected) {
    double[] x =
        java.util.Arrays.stream(values.split(",")).mapToDouble(Double::parseDouble).toArray();
    assertEquals(expected, LapEnergyExtractor.events(x, 1, 0.8, 0.4));
  }

  @Test
  void skipsDropoutGapsInsteadOfIntegratingThem() {
    LapChannels lap = cornerThenBraking();
    double[] t = lap.timeS().clone();
    for (int i = 200; i < N; i++) {
      t[i] += 30; // a 30 s dropout after sample 199
    }
    LapChannels gapped =
        new LapChannels(
            t, lap.speedKph(), lap.accLatG(), lap.accLongG(), lap.brakeBar(), lap.tyreTempC());
    double lat = new LapEnergyExtractor().extract(gapped, CONTEXT).value(NumericFeature.LAT_G_S);
    assertEquals(1.5 * 3.99, lat, 1e-9);
  }

  @Test
  void skipsNonFiniteSamplesSoNaNNeverReachesTheFeatures() {
    LapChannels lap = cornerThenBraking();
    double[] lat = lap.accLatG().clone();
    lat[100] = Double.NaN;
    double[][] temps = lap.tyreTempC().clone();
    temps[0] = temps[0].clone();
    temps[0][5] = Double.NaN;
    LapChannels broken =
        new LapChannels(lap.timeS(), lap.speedKph(), lat, lap.accLongG(), lap.brakeBar(), temps);
    LapFeatures f = new LapEnergyExtractor().extract(broken, CONTEXT);
    assertEquals(1.5 * 3.99, f.value(NumericFeature.LAT_G_S), 1e-9);
    assertEquals(90, f.value(NumericFeature.TYRE_TEMP_FL_C), 1e-9);
  }

  @Test
  void extractsTheSameFromSampleBlocksOfTheSimulatedCarsChannels() {
    LapChannels lap = cornerThenBraking();
    Map<String, SampleBlock> blocks = new HashMap<>();
    put(blocks, "speed", "km/h", lap.speedKph());
    put(blocks, "accLat", "g", lap.accLatG());
    put(blocks, "accLong", "g", lap.accLongG());
    put(blocks, "brakePressureFront", "bar", lap.brakeBar());
    String[] corners = {"FL", "FR", "RL", "RR"};
    for (int c = 0; c < 4; c++) {
      put(blocks, "tyreTemp" + corners[c], "degC", lap.tyreTempC()[c]);
    }
    LapEnergyExtractor extractor = new LapEnergyExtractor();
    LapFeatures fromArrays = extractor.extract(lap, CONTEXT);
    LapFeatures fromBlocks = extractor.fromBlocks(blocks, CONTEXT);
    for (NumericFeature f : NumericFeature.values()) {
      assertEquals(fromArrays.value(f), fromBlocks.value(f), 1e-6, f.name());
    }
    blocks.remove("accLat");
    var e =
        assertThrows(IllegalArgumentException.class, () -> extractor.fromBlocks(blocks, CONTEXT));
    assertTrue(e.getMessage().contains("accLat"), e.getMessage());
  }

  private static void put(Map<String, SampleBlock> blocks, String name, String unit, double[] v) {
    long[] t = new long[v.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = i * 10_000_000L;
    }
    blocks.put(name, new SampleBlock(new Channel(name, unit, 100, 0), t, v.clone(), v.length));
  }
}

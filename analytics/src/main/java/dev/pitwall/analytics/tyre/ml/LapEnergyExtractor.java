package dev.pitwall.analytics.tyre.ml;

import dev.pitwall.core.telemetry.SampleBlock;
import java.util.Map;

/**
 * Turns one lap of telemetry into {@link LapFeatures}: integrals over time of |lateral g|,
 * |longitudinal g|, brake pressure × speed, and per-tyre energy proxies (speed × the load that side
 * or axle carries: outer side in corners, front axle under braking, rear axle under traction);
 * counts of heavy brakings and hard corners (with hysteresis, so one event counts once); mean/max
 * speed; mean tyre temperatures. Intervals longer than {@link #MAX_GAP_S} (dropouts) are not
 * integrated. Stateless; thread-safe.
 *
 * <p>Fed from recorded or simulated sessions via {@link #fromBlocks}, channel names as the
 * simulated car's: {@code speed, accLat, accLong, brakePressureFront, tyreTempFL/FR/RL/RR}.
 */
public final class LapEnergyExtractor {
  static final double MAX_GAP_S = 1.0;
  static final double HEAVY_BRAKING_G = 0.8;
  static final double HEAVY_BRAKING_END_G = 0.4;
  static final double HARD_CORNER_G = 1.2;
  static final double HARD_CORNER_END_G = 0.8;

  /** Lap context the telemetry does not carry. */
  public record LapContext(String track, String compound, double tyreAgeLaps, double fuelL) {}

  public LapFeatures extract(LapChannels lap, LapContext context) {
    if (lap.size() < 2) {
      throw new IllegalArgumentException("lap of " + lap.size() + " samples: need at least 2");
    }
    double[] f = new double[FeatureSchema.NUMERIC.size()];
    integrate(lap, f);
    f[NumericFeature.HEAVY_BRAKINGS.ordinal()] =
        events(lap.accLongG(), -1, HEAVY_BRAKING_G, HEAVY_BRAKING_END_G);
    f[NumericFeature.HARD_CORNERS.ordinal()] =
        events(lap.accLatG(), 0, HARD_CORNER_G, HARD_CORNER_END_G);
    for (int c = 0; c < 4; c++) {
      f[NumericFeature.TYRE_TEMP_FL_C.ordinal() + c] = finiteMean(lap.tyreTempC()[c], c);
    }
    f[NumericFeature.FUEL_L.ordinal()] = context.fuelL();
    f[NumericFeature.TYRE_AGE_LAPS.ordinal()] = context.tyreAgeLaps();
    return new LapFeatures(f, context.compound(), context.track());
  }

  private static void integrate(LapChannels lap, double[] f) {
    double[] t = lap.timeS();
    double[] v = lap.speedKph();
    double duration = 0;
    double distance = 0;
    double max = 0;
    for (int i = 0; i + 1 < lap.size(); i++) {
      double dt = t[i + 1] - t[i];
      double lat = lap.accLatG()[i];
      double lon = lap.accLongG()[i];
      if (!(dt > 0 && dt <= MAX_GAP_S) || !Double.isFinite(v[i] + lat + lon + lap.brakeBar()[i])) {
        continue;
      }
      max = Math.max(max, v[i]);
      duration += dt;
      distance += v[i] * dt;
      f[NumericFeature.LAT_G_S.ordinal()] += Math.abs(lat) * dt;
      f[NumericFeature.LONG_G_S.ordinal()] += Math.abs(lon) * dt;
      f[NumericFeature.BRAKE_ENERGY.ordinal()] += Math.max(0, lap.brakeBar()[i]) * v[i] * dt;
      double braking = Math.max(0, -lon);
      double traction = Math.max(0, lon);
      double leftTurn = Math.max(0, lat); // loads the right-hand tyres
      double rightTurn = Math.max(0, -lat);
      f[NumericFeature.ENERGY_FL.ordinal()] += v[i] * (rightTurn + braking) * dt;
      f[NumericFeature.ENERGY_FR.ordinal()] += v[i] * (leftTurn + braking) * dt;
      f[NumericFeature.ENERGY_RL.ordinal()] += v[i] * (rightTurn + traction) * dt;
      f[NumericFeature.ENERGY_RR.ordinal()] += v[i] * (leftTurn + traction) * dt;
    }
    if (duration <= 0) {
      throw new IllegalArgumentException("lap telemetry: no valid sample interval to integrate");
    }
    f[NumericFeature.MEAN_SPEED_KPH.ordinal()] = distance / duration;
    f[NumericFeature.MAX_SPEED_KPH.ordinal()] = max;
  }

  /**
   * Events where sign·x (or |x| when sign is 0) rises above {@code on}, ending below {@code off}.
   */
  static int events(double[] x, int sign, double on, double off) {
    int count = 0;
    boolean active = false;
    for (double raw : x) {
      double value = sign == 0 ? Math.abs(raw) : sign * raw;
      if (!active && value >= on) {
        active = true;
        count++;
      } else if (active && value < off) {
        active = false;
      }
    }
    return count;
  }

  private static double finiteMean(double[] values, int corner) {
    double sum = 0;
    int n = 0;
    for (double value : values) {
      if (Double.isFinite(value)) {
        sum += value;
        n++;
      }
    }
    if (n == 0) {
      String[] corners = {"FL", "FR", "RL", "RR"};
      throw new IllegalArgumentException(
          "lap telemetry: tyreTemp" + corners[corner] + " has no finite sample");
    }
    return sum / n;
  }

  /**
   * Extracts from recorded blocks of one lap, keyed by channel name; every channel is resampled
   * onto the speed channel's times (last value held).
   *
   * @throws IllegalArgumentException naming a missing or empty channel
   */
  public LapFeatures fromBlocks(Map<String, SampleBlock> blocks, LapContext context) {
    SampleBlock speed = require(blocks, "speed");
    int n = speed.size();
    double[] timeS = new double[n];
    for (int i = 0; i < n; i++) {
      timeS[i] = speed.timeNanos(i) * 1e-9;
    }
    double[][] temps = new double[4][];
    String[] corners = {"FL", "FR", "RL", "RR"};
    for (int c = 0; c < 4; c++) {
      temps[c] = hold(require(blocks, "tyreTemp" + corners[c]), speed);
    }
    LapChannels lap =
        new LapChannels(
            timeS,
            hold(speed, speed),
            hold(require(blocks, "accLat"), speed),
            hold(require(blocks, "accLong"), speed),
            hold(require(blocks, "brakePressureFront"), speed),
            temps);
    return extract(lap, context);
  }

  private static SampleBlock require(Map<String, SampleBlock> blocks, String name) {
    SampleBlock block = blocks.get(name);
    if (block == null || block.isEmpty()) {
      throw new IllegalArgumentException("lap telemetry: channel " + name + " missing or empty");
    }
    return block;
  }

  private static double[] hold(SampleBlock source, SampleBlock base) {
    double[] out = new double[base.size()];
    int j = 0;
    for (int i = 0; i < base.size(); i++) {
      long t = base.timeNanos(i);
      while (j + 1 < source.size() && source.timeNanos(j + 1) <= t) {
        j++;
      }
      out[i] = source.value(j);
    }
    return out;
  }
}

package dev.pitwall.analytics.lapdetect;

import dev.pitwall.core.telemetry.SampleBlock;
import java.util.Arrays;

/**
 * Car positions in a local metre frame (x east, y north) with session times in nanoseconds. Invalid
 * fixes are kept as NaN so that indices stay aligned with the source samples; consumers skip them
 * and report them.
 *
 * <p>Immutable once built; the arrays are owned by the trace.
 */
public final class PositionTrace {
  private final String source;
  private final long[] timeNanos;
  private final double[] xM;
  private final double[] yM;

  /**
   * @param source names the data for messages, e.g. {@code "latitude/longitude"}
   * @throws IllegalArgumentException if the arrays differ in length or times decrease
   */
  public PositionTrace(String source, long[] timeNanos, double[] xM, double[] yM) {
    if (timeNanos.length != xM.length || xM.length != yM.length) {
      throw new IllegalArgumentException(
          source
              + ": position arrays differ in length ("
              + timeNanos.length
              + ", "
              + xM.length
              + ", "
              + yM.length
              + ")");
    }
    for (int i = 1; i < timeNanos.length; i++) {
      if (timeNanos[i] < timeNanos[i - 1]) {
        throw new IllegalArgumentException(source + ": time decreases at sample " + i);
      }
    }
    this.source = source;
    this.timeNanos = timeNanos;
    this.xM = xM;
    this.yM = yM;
  }

  /**
   * Projects latitude/longitude fixes (degrees). Fixes that are NaN, out of range or (0, 0) become
   * NaN positions.
   */
  public static PositionTrace fromLatLon(
      long[] timeNanos, double[] latDeg, double[] lonDeg, LocalProjection projection) {
    if (latDeg.length != timeNanos.length || lonDeg.length != timeNanos.length) {
      throw new IllegalArgumentException(
          "latitude/longitude: arrays differ in length ("
              + timeNanos.length
              + ", "
              + latDeg.length
              + ", "
              + lonDeg.length
              + ")");
    }
    double[] x = new double[latDeg.length];
    double[] y = new double[latDeg.length];
    for (int i = 0; i < latDeg.length; i++) {
      boolean ok = LocalProjection.isPlausibleFix(latDeg[i], lonDeg[i]);
      x[i] = ok ? projection.eastM(lonDeg[i]) : Double.NaN;
      y[i] = ok ? projection.northM(latDeg[i]) : Double.NaN;
    }
    return new PositionTrace("latitude/longitude", timeNanos.clone(), x, y);
  }

  /**
   * From the {@code latitude} and {@code longitude} channel blocks, which must share timestamps
   * (GPS receivers deliver both in one fix).
   */
  public static PositionTrace fromLatLon(
      SampleBlock latitude, SampleBlock longitude, LocalProjection projection) {
    long[] times = latitude.times();
    if (!Arrays.equals(times, longitude.times())) {
      throw new IllegalArgumentException(
          latitude.channel().key()
              + " and "
              + longitude.channel().key()
              + " do not share timestamps; resample one onto the other first");
    }
    return fromLatLon(times, latitude.values(), longitude.values(), projection);
  }

  /** From {@code posX}/{@code posY} blocks (metres in the track frame) sharing timestamps. */
  public static PositionTrace fromXy(SampleBlock posX, SampleBlock posY) {
    long[] times = posX.times();
    if (!Arrays.equals(times, posY.times())) {
      throw new IllegalArgumentException(
          posX.channel().key() + " and " + posY.channel().key() + " do not share timestamps");
    }
    return new PositionTrace("posX/posY", times, posX.values(), posY.values());
  }

  public String source() {
    return source;
  }

  public int size() {
    return timeNanos.length;
  }

  public long timeNanos(int i) {
    return timeNanos[i];
  }

  public double xM(int i) {
    return xM[i];
  }

  public double yM(int i) {
    return yM[i];
  }

  public boolean isValid(int i) {
    return Double.isFinite(xM[i]) && Double.isFinite(yM[i]);
  }
}

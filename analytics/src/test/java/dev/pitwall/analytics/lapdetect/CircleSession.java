package dev.pitwall.analytics.lapdetect;

/**
 * A synthetic session on a circle of radius {@code radiusM} centred at the origin, driven
 * anticlockwise at constant speed, GPS fixes at {@code rateHz}. The start/finish line crosses the
 * circle at (R, 0), where the car heads north. Exact lap time: 2πR / speed.
 */
public final class CircleSession {
  public final long[] timeNanos;
  public final double[] xM;
  public final double[] yM;
  public final double[] speedKph;
  public final double lapTimeS;

  public CircleSession(
      double radiusM, double speedMps, double rateHz, double durationS, double startAngleRad) {
    int n = (int) Math.floor(durationS * rateHz) + 1;
    timeNanos = new long[n];
    xM = new double[n];
    yM = new double[n];
    speedKph = new double[n];
    for (int i = 0; i < n; i++) {
      double tS = i / rateHz;
      double angle = startAngleRad + speedMps * tS / radiusM;
      timeNanos[i] = Math.round(tS * 1e9);
      xM[i] = radiusM * Math.cos(angle);
      yM[i] = radiusM * Math.sin(angle);
      speedKph[i] = speedMps * 3.6;
    }
    lapTimeS = 2 * Math.PI * radiusM / speedMps;
  }

  public PositionTrace trace() {
    return new PositionTrace("test GPS", timeNanos, xM, yM);
  }

  public static GateLine line(double radiusM) {
    return GateLine.across("S/F", radiusM, 0, 0, 20);
  }

  /** Time of the k-th line crossing (1-based; lap k starts there), seconds. */
  double crossingS(int k, double startAngleRad) {
    return (2 * Math.PI * (k - 1) - startAngleRad) / (2 * Math.PI) * lapTimeS;
  }
}

package dev.pitwall.analytics.distance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One lap resampled onto a distance grid so that laps line up by track position: point {@code k} is
 * at {@code k × stepM} metres from the line (in the reference length when the lap was scaled).
 *
 * <p>{@code timeS[k]} is the time since the lap start at which the car was there; channels hold the
 * values there (NaN where the source had a hole). Immutable; accessors return copies.
 *
 * @param measuredLengthM the lap's own travelled distance before any scaling to the grid length
 */
public record DistanceLap(
    double stepM, double measuredLengthM, double[] timeS, Map<String, double[]> channels) {

  public DistanceLap {
    channels = new LinkedHashMap<>(channels);
    for (Map.Entry<String, double[]> e : channels.entrySet()) {
      if (e.getValue().length != timeS.length) {
        throw new IllegalArgumentException("channel " + e.getKey() + " is not on the grid");
      }
    }
    channels = Map.copyOf(channels);
  }

  public int pointCount() {
    return timeS.length;
  }

  /** Grid length in metres. */
  public double gridLengthM() {
    return (timeS.length - 1) * stepM;
  }

  public Set<String> channelNames() {
    return channels.keySet();
  }

  public boolean has(String channel) {
    return channels.containsKey(channel);
  }

  /** A copy of the channel on the grid; throws when absent. */
  public double[] channel(String name) {
    double[] values = channels.get(name);
    if (values == null) {
      throw new IllegalArgumentException(
          "lap has no channel " + name + "; has " + channels.keySet());
    }
    return values.clone();
  }

  /** Copies of every channel on the grid. */
  @Override
  public Map<String, double[]> channels() {
    Map<String, double[]> out = new LinkedHashMap<>();
    channels.forEach((name, values) -> out.put(name, values.clone()));
    return out;
  }

  @Override
  public double[] timeS() {
    return timeS.clone();
  }

  /** Time since lap start at a distance, linearly interpolated between grid points. */
  public double timeAtM(double distanceM) {
    double k = Math.max(0, Math.min(timeS.length - 1, distanceM / stepM));
    int i = (int) Math.floor(k);
    if (i >= timeS.length - 1) {
      return timeS[timeS.length - 1];
    }
    return timeS[i] + (k - i) * (timeS[i + 1] - timeS[i]);
  }
}

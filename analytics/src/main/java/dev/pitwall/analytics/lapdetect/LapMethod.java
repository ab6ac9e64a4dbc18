package dev.pitwall.analytics.lapdetect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The ways a lap boundary can be found, and which of them a session's channels allow.
 *
 * <p>Without a position channel (no {@code latitude}/{@code longitude}, no {@code posX}/{@code
 * posY}) GPS lines are impossible; laps can still come from a lap-distance reset or a beacon, and
 * sectors only from lap-distance thresholds. With none of those, laps cannot be detected: the UI
 * must ask for a beacon/lap-distance channel or for manual lap marks.
 */
public enum LapMethod {
  GPS_LINE("start/finish line crossed by the GPS or x/y track"),
  LAP_DISTANCE_RESET("lap-distance channel falling back to zero"),
  BEACON("beacon or lap-counter channel stepping up");

  private final String description;

  LapMethod(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /**
   * The methods possible with these channel names (shared names: latitude, longitude, posX, posY,
   * lapDistance; beacon channels are named {@code beacon} or {@code lapCount}), best first.
   */
  public static List<LapMethod> availableFor(Set<String> channelNames) {
    List<LapMethod> out = new ArrayList<>();
    boolean gps = channelNames.contains("latitude") && channelNames.contains("longitude");
    boolean xy = channelNames.contains("posX") && channelNames.contains("posY");
    if (gps || xy) {
      out.add(GPS_LINE);
    }
    if (channelNames.contains("lapDistance")) {
      out.add(LAP_DISTANCE_RESET);
    }
    if (channelNames.contains("beacon") || channelNames.contains("lapCount")) {
      out.add(BEACON);
    }
    return out;
  }
}

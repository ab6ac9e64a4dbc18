package dev.pitwall.hardware.file;

import dev.pitwall.core.telemetry.Channel;
import java.util.Map;

/**
 * GR Cup telemetry names mapped to PitWall's shared channel names and units. Names not listed keep
 * their own name with unit "-". {@code VBOX_Lat_Min}/{@code VBOX_Long_Minutes} hold decimal degrees
 * despite their names (checked on the Barber sample: 33.53°, -86.62°).
 */
final class GrCupChannels {
  private static final Map<String, Channel> KNOWN =
      Map.ofEntries(
          Map.entry("speed", new Channel("speed", "km/h", 0)),
          Map.entry("nmot", new Channel("rpm", "rpm", 0)),
          Map.entry("gear", new Channel("gear", "-", 0)),
          Map.entry("aps", new Channel("throttle", "%", 0)),
          Map.entry("pbrake_f", new Channel("brakePressureFront", "bar", 0)),
          Map.entry("pbrake_r", new Channel("brakePressureRear", "bar", 0)),
          Map.entry("Steering_Angle", new Channel("steeringAngle", "deg", 0)),
          Map.entry("accx_can", new Channel("accLong", "g", 0)),
          Map.entry("accy_can", new Channel("accLat", "g", 0)),
          Map.entry("VBOX_Lat_Min", new Channel("latitude", "deg", 0)),
          Map.entry("VBOX_Long_Minutes", new Channel("longitude", "deg", 0)),
          Map.entry("Laptrigger_lapdist_dls", new Channel("lapDistance", "m", 0)));

  private GrCupChannels() {}

  static Channel of(String telemetryName) {
    Channel c = KNOWN.get(telemetryName);
    return c != null ? c : new Channel(telemetryName, "-", 0);
  }
}

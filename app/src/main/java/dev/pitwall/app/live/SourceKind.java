package dev.pitwall.app.live;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of telemetry source PitWall can open, with their URI syntax and an example; shown by
 * {@code pitwall sources} and the source dialog.
 */
public enum SourceKind {
  SIM(
      "sim",
      "Simulator",
      "sim[:TRACK?cars=N&seed=S&speed=X]",
      "sim:cota?cars=3&seed=1",
      "Simulated GR86 on a built-in circuit (no hardware needed)"),
  CANDUMP(
      "candump",
      "CAN log replay",
      "candump:FILE?dbc=FILE[&speed=1|10|max]",
      "candump:/logs/rav4.log?dbc=/dbc/toyota_rav4.dbc&speed=10",
      "Replay of a 'candump -l' log through a DBC"),
  SLCAN(
      "slcan",
      "SLCAN adapter",
      "slcan:PORT?dbc=FILE[&bitrate=500000&timestamps=on]",
      "slcan:/dev/ttyACM0?bitrate=500000&dbc=/dbc/car.dbc",
      "Lawicel/SLCAN USB-CAN adapter (CANable, CANUSB) through a DBC"),
  SOCKETCAN(
      "socketcan",
      "SocketCAN",
      "socketcan:IFACE?dbc=FILE",
      "socketcan:can0?dbc=/dbc/car.dbc",
      "Linux SocketCAN interface through a DBC (CAN and CAN FD)"),
  UDP(
      "udp",
      "UDP",
      "udp://HOST:PORT?format=f1|csv",
      "udp://0.0.0.0:20777?format=f1",
      "EA F1 23/24/25 game telemetry (format=f1) or CSV lines (format=csv)"),
  NMEA(
      "nmea",
      "NMEA GPS",
      "nmea:PORT?baud=115200",
      "nmea:/dev/ttyUSB0?baud=115200",
      "NMEA 0183 GPS receiver (RMC, GGA, VTG)"),
  SERIAL(
      "serial",
      "Serial CSV logger",
      "serial:PORT?baud=115200&format=csv",
      "serial:/dev/ttyUSB0?baud=115200&format=csv",
      "Logger printing a header line then one CSV line per sample");

  private final String scheme;
  private final String label;
  private final String syntax;
  private final String example;
  private final String description;

  SourceKind(String scheme, String label, String syntax, String example, String description) {
    this.scheme = scheme;
    this.label = label;
    this.syntax = syntax;
    this.example = example;
    this.description = description;
  }

  public static Optional<SourceKind> of(String scheme) {
    return Arrays.stream(values()).filter(k -> k.scheme.equalsIgnoreCase(scheme)).findFirst();
  }

  /** The kind a URI names, if any. */
  public static Optional<SourceKind> ofUri(String uri) {
    return of(SourceUri.parse(uri.strip()).scheme());
  }

  static String schemes() {
    return Arrays.stream(values()).map(k -> k.scheme).collect(Collectors.joining(", "));
  }

  public String scheme() {
    return scheme;
  }

  public String label() {
    return label;
  }

  public String syntax() {
    return syntax;
  }

  public String example() {
    return example;
  }

  public String description() {
    return description;
  }

  /** CAN sources decode frames through a DBC file. */
  public boolean needsDbc() {
    return this == CANDUMP || this == SLCAN || this == SOCKETCAN;
  }

  /** Sources opened on a serial device path. */
  public boolean usesSerialPort() {
    return this == SLCAN || this == NMEA || this == SERIAL;
  }

  @Override
  public String toString() {
    return label;
  }
}

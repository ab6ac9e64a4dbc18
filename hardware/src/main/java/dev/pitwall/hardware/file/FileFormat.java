package dev.pitwall.hardware.file;

import java.util.Locale;

/** The file formats {@link SessionFileReader} understands. */
public enum FileFormat {
  /**
   * Toyota GR Cup "Hack the Track" long format: one {@code telemetry_name,telemetry_value} a row.
   */
  GRCUP("grcup"),
  /** RaceChrono CSV export, format version 3 (names, units and sources in three header rows). */
  RACECHRONO("racechrono"),
  /** A header of {@code name[unit]} columns, the first being time in seconds; PitWall's CSV. */
  CSV("csv"),
  /** PitWall's Apache Parquet export (long format: car, channel, unit, time_ns, value). */
  PARQUET("parquet"),
  /** A {@code candump -l} CAN log, decoded through a DBC file given beside it. */
  CANDUMP("candump");

  private final String id;

  FileFormat(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /**
   * @throws IllegalArgumentException naming the known formats
   */
  public static FileFormat fromId(String id) {
    for (FileFormat f : values()) {
      if (f.id.equals(id.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + id + "' (known: grcup, racechrono, csv, parquet, candump)");
  }
}

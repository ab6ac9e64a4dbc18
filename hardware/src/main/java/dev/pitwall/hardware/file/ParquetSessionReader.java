package dev.pitwall.hardware.file;

import java.nio.file.Path;

/** Reads PitWall's Parquet export. TODO(#4) implement together with the Parquet writer. */
final class ParquetSessionReader {
  private ParquetSessionReader() {}

  static ImportedSession read(Path file) {
    throw ImportException.atByte(file, 0, "Parquet import is not implemented yet");
  }
}

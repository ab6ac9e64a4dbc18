package dev.pitwall.storage.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Puts a finished export in place in one step, so readers never see a half-written file. */
final class ExportFiles {
  private ExportFiles() {}

  static void moveIntoPlace(Path tmp, Path out) {
    try {
      try {
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new ExportException("cannot move the export into " + out + ": " + e.getMessage(), e);
    }
  }
}

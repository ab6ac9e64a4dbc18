package dev.pitwall.hardware.file;

import java.nio.file.Path;

/**
 * A file cannot be imported: the message names the file, the position (1-based line, or byte offset
 * for binary files) and what is wrong. Nothing of the file is stored when this is thrown.
 */
public final class ImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private ImportException(String message) {
    super(message);
  }

  /** A problem at a 1-based text line. */
  public static ImportException atLine(Path file, long line, String what) {
    return new ImportException(name(file) + " line " + line + ": " + what);
  }

  /** A problem at a byte offset of a binary file. */
  public static ImportException atByte(Path file, long offset, String what) {
    return new ImportException(name(file) + " byte " + offset + ": " + what);
  }

  /** A problem with the file as a whole (unreadable, empty, no samples). */
  public static ImportException ofFile(Path file, String what) {
    return new ImportException(name(file) + ": " + what);
  }

  private static String name(Path file) {
    return file == null ? "<input>" : file.toString();
  }
}

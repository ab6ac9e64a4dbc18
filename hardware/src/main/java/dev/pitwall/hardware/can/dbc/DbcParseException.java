package dev.pitwall.hardware.can.dbc;

/** A DBC file that cannot be read, with the file, line and column (both 1-based) of the problem. */
public final class DbcParseException extends Exception {
  private final String file;
  private final int line;
  private final int column;

  public DbcParseException(String file, int line, int column, String problem) {
    super(file + ":" + line + ":" + column + ": " + problem);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}

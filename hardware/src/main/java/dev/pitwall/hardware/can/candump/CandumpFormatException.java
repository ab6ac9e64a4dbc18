package dev.pitwall.hardware.can.candump;

/** A candump line that cannot be read; {@code column} is 1-based. */
public final class CandumpFormatException extends Exception {
  private final int column;

  public CandumpFormatException(int column, String problem) {
    super("column " + column + ": " + problem);
    this.column = column;
  }

  public int column() {
    return column;
  }
}

package dev.pitwall.hardware.can.slcan;

/** An SLCAN line that does not follow the Lawicel protocol; {@code column} is 1-based. */
public final class SlcanFormatException extends Exception {
  public SlcanFormatException(String line, int column, String problem) {
    super("column " + column + " of \"" + printable(line) + "\": " + problem);
  }

  private static String printable(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.substring(0, Math.min(s.length(), 60)).toCharArray()) {
      sb.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\x%02x", (int) c));
    }
    return sb.toString();
  }
}

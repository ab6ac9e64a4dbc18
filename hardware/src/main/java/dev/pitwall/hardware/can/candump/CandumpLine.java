package dev.pitwall.hardware.can.candump;

import dev.pitwall.hardware.can.CanFrame;

/**
 * Parses one line of {@code candump -l} output: {@code (SECONDS.FRACTION) IFACE FRAME} where FRAME
 * is can-utils' compact notation: {@code 123#DEADBEEF} (11-bit id: 3 hex digits), {@code
 * 1F334455#11} (29-bit id: 8 hex digits), {@code 123#R} / {@code 123#R4} (remote), {@code
 * 123##1DEADBEEF} (CAN FD, the digit after {@code ##} is the flags nibble), error frames with the
 * 0x20000000 flag in an 8-digit id. Data bytes may be separated by '.'; a classic frame may end in
 * {@code _L} (raw DLC 9..F), which is accepted and ignored.
 */
public final class CandumpLine {
  static final int CAN_ERR_FLAG = 0x2000_0000;

  private CandumpLine() {}

  public static CanFrame parse(String line) throws CandumpFormatException {
    int i = 0;
    if (line.isEmpty() || line.charAt(0) != '(') {
      throw new CandumpFormatException(1, "expected '(' starting the timestamp");
    }
    int close = line.indexOf(')');
    if (close < 0) {
      throw new CandumpFormatException(line.length(), "timestamp has no closing ')'");
    }
    long timeNanos = timestamp(line, 1, close);
    i = skipSpaces(line, close + 1);
    int ifaceEnd = line.indexOf(' ', i);
    if (ifaceEnd <= i) {
      throw new CandumpFormatException(i + 1, "expected an interface name and a frame");
    }
    int frameStart = skipSpaces(line, ifaceEnd);
    int end = line.length();
    while (end > frameStart && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    return frame(line, frameStart, end, timeNanos);
  }

  private static long timestamp(String s, int from, int to) throws CandumpFormatException {
    int dot = s.indexOf('.', from);
    if (dot < 0 || dot > to || dot == from) {
      throw new CandumpFormatException(from + 1, "timestamp must be SECONDS.FRACTION");
    }
    long seconds = hexOrDec(s, from, dot, 10, "timestamp seconds");
    int digits = to - dot - 1;
    if (digits < 1 || digits > 9) {
      throw new CandumpFormatException(dot + 2, "timestamp fraction must have 1 to 9 digits");
    }
    long fraction = hexOrDec(s, dot + 1, to, 10, "timestamp fraction");
    for (int d = digits; d < 9; d++) {
      fraction *= 10;
    }
    if (seconds > Long.MAX_VALUE / 1_000_000_000L - 1) {
      throw new CandumpFormatException(from + 1, "timestamp is too large");
    }
    return seconds * 1_000_000_000L + fraction;
  }

  private static CanFrame frame(String s, int from, int end, long timeNanos)
      throws CandumpFormatException {
    int hash = s.indexOf('#', from);
    if (hash < 0 || hash >= end) {
      throw new CandumpFormatException(from + 1, "frame has no '#' between id and data");
    }
    int idDigits = hash - from;
    if (idDigits != 3 && idDigits != 8) {
      throw new CandumpFormatException(
          from + 1, "CAN id must have 3 (standard) or 8 (extended) hex digits, not " + idDigits);
    }
    long rawId = hexOrDec(s, from, hash, 16, "CAN id");
    boolean extended = idDigits == 8;
    boolean error = extended && (rawId & CAN_ERR_FLAG) != 0;
    int id = (int) (rawId & (extended ? 0x1FFF_FFFF : 0x7FF));
    if (!extended && rawId > 0x7FF) {
      throw new CandumpFormatException(
          from + 1, "standard id above 0x7FF: " + s.substring(from, hash));
    }
    int p = hash + 1;
    if (p < end && s.charAt(p) == '#') {
      return fdFrame(s, p + 1, end, timeNanos, id, extended);
    }
    if (p < end && (s.charAt(p) == 'R' || s.charAt(p) == 'r')) {
      return new CanFrame(timeNanos, id, extended, false, true, false, 0, new byte[0]);
    }
    byte[] data = bytes(s, p, classicEnd(s, p, end), 8);
    return new CanFrame(timeNanos, id, extended, false, false, error, 0, data);
  }

  private static CanFrame fdFrame(String s, int p, int end, long t, int id, boolean ext)
      throws CandumpFormatException {
    if (p >= end || digit(s.charAt(p), 16) < 0) {
      throw new CandumpFormatException(p + 1, "CAN FD frame needs a flags digit after '##'");
    }
    int flags = digit(s.charAt(p), 16);
    byte[] data = bytes(s, p + 1, end, 64);
    if (!CanFrame.isValidFdLength(data.length)) {
      throw new CandumpFormatException(
          p + 2, "CAN FD payload of " + data.length + " bytes is not a valid FD length");
    }
    return new CanFrame(t, id, ext, true, false, false, flags, data);
  }

  private static int classicEnd(String s, int p, int end) {
    int underscore = s.indexOf('_', p);
    return underscore >= 0 && underscore < end ? underscore : end;
  }

  private static byte[] bytes(String s, int from, int to, int max) throws CandumpFormatException {
    byte[] out = new byte[max];
    int n = 0;
    int i = from;
    while (i < to) {
      if (s.charAt(i) == '.') {
        i++;
        continue;
      }
      int hi = i + 1 < to ? digit(s.charAt(i), 16) : -1;
      int lo = i + 1 < to ? digit(s.charAt(i + 1), 16) : -1;
      if (hi < 0 || lo < 0) {
        throw new CandumpFormatException(i + 1, "payload must be pairs of hex digits");
      }
      if (n == max) {
        throw new CandumpFormatException(i + 1, "payload longer than " + max + " bytes");
      }
      out[n++] = (byte) (hi << 4 | lo);
      i += 2;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static long hexOrDec(String s, int from, int to, int radix, String what)
      throws CandumpFormatException {
    if (to <= from || to - from > 18) {
      throw new CandumpFormatException(from + 1, what + " has " + (to - from) + " digits");
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      int d = digit(s.charAt(i), radix);
      if (d < 0) {
        throw new CandumpFormatException(
            i + 1, what + " has an invalid digit '" + s.charAt(i) + "'");
      }
      v = v * radix + d;
    }
    return v;
  }

  /** ASCII only: Character.digit would also accept non-Latin digits. */
  private static int digit(char c, int radix) {
    int d =
        c >= '0' && c <= '9'
            ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    return d < radix ? d : -1;
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}

package dev.pitwall.hardware.file;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** Exact conversions of time text to nanoseconds (no binary floating point on the way). */
final class TimeText {
  private static final BigDecimal NANOS_PER_S = BigDecimal.valueOf(1_000_000_000L);

  private TimeText() {}

  /**
   * Decimal seconds, e.g. {@code 1767150797.44} or {@code 0.010000000}, to nanoseconds.
   *
   * @throws NumberFormatException when the text is not a decimal number
   */
  static long secondsToNanos(String text) {
    BigDecimal s = new BigDecimal(text.strip());
    return s.multiply(NANOS_PER_S).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
  }

  static long epochNanos(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
  }

  static Instant instant(long epochNanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
  }

  /** Nanoseconds as decimal seconds with 9 decimals, exact. */
  static String nanosToSeconds(long nanos) {
    return BigDecimal.valueOf(nanos, 9).toPlainString();
  }
}

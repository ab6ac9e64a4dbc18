package dev.pitwall.hardware.can.dbc;

/**
 * Bit layout of a DBC signal: {@code @1} little-endian (Intel), {@code @0} big-endian (Motorola).
 */
public enum ByteOrder {
  /** {@code @1}: the start bit is the least significant bit; bits grow towards later bytes. */
  INTEL,
  /**
   * {@code @0}: the start bit is the most significant bit in DBC numbering (bit {@code 8*byte +
   * bitInByte}, bit 7 = MSB of a byte); the signal continues into the following bytes.
   */
  MOTOROLA
}

package dev.pitwall.hardware.can.dbc;

/**
 * Where a signal's bits sit in the payload, in "big-endian linear" numbering where position 0 is
 * the MSB of byte 0 and position 8*n+7 the LSB of byte n. Both byte orders become a contiguous run
 * of bytes plus a shift, which is what lets the decoder extract a signal with one loop.
 */
public record SignalLayout(int firstByte, int lastByte, int shiftRight) {

  /**
   * Computes the byte span of a signal.
   *
   * @throws IllegalArgumentException if the signal does not fit inside {@code payloadBytes}
   */
  public static SignalLayout of(ByteOrder order, int startBit, int lengthBits, int payloadBytes) {
    if (lengthBits < 1 || lengthBits > 64) {
      throw new IllegalArgumentException("signal length must be 1..64 bits, not " + lengthBits);
    }
    int firstByte;
    int lastByte;
    int shift;
    if (order == ByteOrder.INTEL) {
      int lastBit = startBit + lengthBits - 1;
      firstByte = startBit / 8;
      lastByte = lastBit / 8;
      shift = startBit % 8;
    } else {
      int msbLinear = (startBit / 8) * 8 + (7 - startBit % 8);
      int lsbLinear = msbLinear + lengthBits - 1;
      firstByte = msbLinear / 8;
      lastByte = lsbLinear / 8;
      shift = 7 - lsbLinear % 8;
    }
    if (startBit < 0 || lastByte >= payloadBytes) {
      throw new IllegalArgumentException(
          "signal of "
              + lengthBits
              + " bits at start bit "
              + startBit
              + " ("
              + order
              + ") needs byte "
              + lastByte
              + " but the message has "
              + payloadBytes
              + " bytes");
    }
    return new SignalLayout(firstByte, lastByte, shift);
  }
}

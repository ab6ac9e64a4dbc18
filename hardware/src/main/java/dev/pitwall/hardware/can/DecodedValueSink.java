package dev.pitwall.hardware.can;

/** Receives decoded physical values, one call per signal, on the decoding thread. */
@FunctionalInterface
public interface DecodedValueSink {
  /**
   * @param channelIndex index into {@link CanDecoder#channels()}
   * @param timeNanos the frame's time as given to the decoder
   */
  void value(int channelIndex, long timeNanos, double value);
}

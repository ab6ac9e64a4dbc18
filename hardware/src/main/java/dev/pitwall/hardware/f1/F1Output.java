package dev.pitwall.hardware.f1;

import java.util.List;

/**
 * Receives what {@link F1UdpDecoder} decodes. Called on the decoding thread, synchronously, once
 * per value; implementations must be quick (accumulate, don't publish per call).
 */
public interface F1Output {
  /**
   * One decoded value.
   *
   * @param car PitWall car number (0 = player), see {@link F1CarIndex}
   * @param timeNanos the time the caller passed for this datagram
   */
  void sample(F1Channel channel, int car, long timeNanos, double value);

  default void session(F1SessionInfo session) {}

  default void event(F1Event event) {}

  default void participants(List<F1Participant> participants) {}
}

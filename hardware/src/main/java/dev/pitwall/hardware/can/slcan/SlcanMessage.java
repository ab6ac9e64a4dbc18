package dev.pitwall.hardware.can.slcan;

import dev.pitwall.hardware.can.CanFrame;

/** One reply or event read from an SLCAN (Lawicel) adapter. */
public sealed interface SlcanMessage {
  /** A received frame; {@code adapterTimeMs} is the adapter's 0..59999 ms stamp, or -1. */
  record Frame(CanFrame frame, int adapterTimeMs) implements SlcanMessage {}

  /** A bare CR: the adapter accepted the last command. */
  record Ack() implements SlcanMessage {}

  /** BEL (0x07): the adapter refused the last command. */
  record Refused() implements SlcanMessage {}

  /** {@code z}/{@code Z}: a transmitted frame was acknowledged. */
  record TransmitAck() implements SlcanMessage {}

  /** Reply to {@code F}: controller status flags (see {@link SlcanCodec#describeStatus}). */
  record Status(int flags) implements SlcanMessage {}

  /** Any other reply, e.g. {@code V1013} (version) or {@code NA123} (serial number). */
  record Info(String text) implements SlcanMessage {}
}

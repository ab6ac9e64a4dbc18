package dev.pitwall.hardware.can;

import dev.pitwall.core.source.SourceCounters;

/**
 * Decodes a frame and books the outcome in the source's counters, with messages that name the
 * source and position. Shared by every CAN source so they count identically.
 *
 * <p>Not thread-safe: owned by the source thread.
 */
public final class FrameDecoding {
  private static final String[] ERROR_CLASSES = {
    "TX timeout",
    "lost arbitration",
    "controller problem",
    "protocol violation",
    "transceiver status",
    "no ACK",
    "bus off",
    "bus error",
    "controller restarted"
  };

  private final CanDecoder decoder;
  private final SourceCounters counters;
  private final ChannelBatcher batcher;

  public FrameDecoding(CanDecoder decoder, SourceCounters counters) {
    this.decoder = decoder;
    this.counters = counters;
    this.batcher = new ChannelBatcher(decoder.channels());
  }

  public ChannelBatcher batcher() {
    return batcher;
  }

  /**
   * @param position where the frame came from, e.g. "log.txt:1234" or "/dev/ttyACM0"
   */
  public DecodeStatus accept(CanFrame frame, String source, Object position) {
    counters.frame();
    if (frame.error()) {
      counters.errorFrame(source + ":" + position + ": error frame: " + describeError(frame));
      return DecodeStatus.NO_DATA;
    }
    DecodeStatus status = decoder.decode(frame, batcher);
    switch (status) {
      case UNKNOWN_ID -> counters.unknownId();
      case BAD_CHECKSUM ->
          counters.invalidFrame(source + ":" + position + ": checksum mismatch in frame " + frame);
      case SHORT_PAYLOAD ->
          counters.decodeError(
              source + ":" + position + ": frame " + frame + " is shorter than its DBC message");
      default -> {}
    }
    return status;
  }

  /** Names the error classes set in a SocketCAN-style error frame id (linux/can/error.h). */
  static String describeError(CanFrame frame) {
    StringBuilder sb = new StringBuilder();
    for (int bit = 0; bit < ERROR_CLASSES.length; bit++) {
      if ((frame.id() & (1 << bit)) != 0) {
        sb.append(sb.isEmpty() ? "" : ", ").append(ERROR_CLASSES[bit]);
      }
    }
    return sb.isEmpty() ? "unspecified error (id " + frame + ")" : sb + " (" + frame + ")";
  }
}

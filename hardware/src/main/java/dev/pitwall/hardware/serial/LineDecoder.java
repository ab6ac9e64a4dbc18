package dev.pitwall.hardware.serial;

import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleSink;
import java.util.List;

/**
 * Turns text lines from a serial device into samples. Problems are counted by the decoder with a
 * message naming the source and the line number; nothing is thrown.
 *
 * <p>Thread contract: called only by the link's reading thread; {@link #channels()} from any.
 */
public interface LineDecoder {
  /**
   * @param line one line without its terminator
   * @param lineNumber 1-based, counted across reconnects
   * @param timeNanos receive time, ns since the source started
   */
  void decode(String line, long lineNumber, long timeNanos);

  /** Publishes what was collected since the last flush. */
  void flush(SampleSink sink);

  List<Channel> channels();
}

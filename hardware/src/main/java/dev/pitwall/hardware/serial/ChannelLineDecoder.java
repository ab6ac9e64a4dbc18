package dev.pitwall.hardware.serial;

import dev.pitwall.core.source.SourceCounters;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleSink;
import java.util.List;

/**
 * What the serial line decoders share: every line counts as a frame (a null line as an invalid
 * one), every problem names the source and line number, samples collect in one block builder per
 * channel ({@link ChannelBuilders}) until the link flushes them.
 *
 * <p>Thread contract: as {@link LineDecoder}.
 */
abstract class ChannelLineDecoder implements LineDecoder {
  private final String sourceName;
  protected final SourceCounters counters;
  protected final ChannelBuilders out = new ChannelBuilders();

  ChannelLineDecoder(String sourceName, SourceCounters counters) {
    this.sourceName = sourceName;
    this.counters = counters;
  }

  @Override
  public final void decode(String line, long lineNumber, long timeNanos) {
    counters.frame();
    if (line == null) {
      counters.invalidFrame(where(lineNumber) + ": no line (null)");
      return;
    }
    decodeLine(line, lineNumber, timeNanos);
  }

  /** Decodes one line (not null, already counted as a frame). */
  abstract void decodeLine(String line, long lineNumber, long timeNanos);

  /** {@code "<source> line <n>"}, the start of every problem message. */
  final String where(long lineNumber) {
    return sourceName + " line " + lineNumber;
  }

  @Override
  public void flush(SampleSink sink) {
    out.flush(sink);
  }

  @Override
  public List<Channel> channels() {
    return out.channels();
  }
}

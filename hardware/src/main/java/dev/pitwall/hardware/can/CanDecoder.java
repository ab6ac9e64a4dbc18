package dev.pitwall.hardware.can;

import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.hardware.can.dbc.DbcFile;
import dev.pitwall.hardware.can.dbc.DbcMessage;
import dev.pitwall.hardware.can.dbc.DbcSignal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns frames into channel values using a DBC. Every signal becomes a channel named {@code
 * MESSAGE.SIGNAL} with the DBC unit ("-" when empty) on car 0.
 *
 * <p>Thread contract: immutable after construction; {@link #decode} may be called from any number
 * of threads, and it never throws for any payload bytes or length.
 */
public final class CanDecoder {
  private final CompiledMessage[] standard = new CompiledMessage[0x800];
  private final Map<Integer, CompiledMessage> extended = new HashMap<>();
  private final List<Channel> channels = new ArrayList<>();
  private final ChecksumScheme checksumScheme;

  public CanDecoder(DbcFile dbc, ChecksumScheme checksumScheme) {
    this.checksumScheme = checksumScheme;
    for (DbcMessage m : dbc.messages()) {
      CompiledMessage compiled = compile(m);
      if (m.extended()) {
        extended.put(m.id(), compiled);
      } else if (m.id() < standard.length) {
        standard[m.id()] = compiled;
      }
    }
  }

  /** All channels this decoder can produce, indexed as in {@link DecodedValueSink}. */
  public List<Channel> channels() {
    return List.copyOf(channels);
  }

  public ChecksumScheme checksumScheme() {
    return checksumScheme;
  }

  /** Whether frames with this id carry a checksum that {@link #decode} verifies. */
  public boolean isChecksummed(int id, boolean isExtended) {
    CompiledMessage m = lookup(id, isExtended);
    return m != null && m.checksummed;
  }

  public DecodeStatus decode(CanFrame frame, DecodedValueSink sink) {
    if (frame.remote() || frame.error()) {
      return DecodeStatus.NO_DATA;
    }
    return decode(
        frame.id(), frame.extended(), frame.data(), frame.data().length, frame.timeNanos(), sink);
  }

  /**
   * Decodes one frame.
   *
   * @param length payload bytes valid in {@code data} (at most {@code data.length})
   */
  public DecodeStatus decode(
      int id, boolean isExtended, byte[] data, int length, long timeNanos, DecodedValueSink sink) {
    CompiledMessage m = lookup(id, isExtended);
    if (m == null) {
      return DecodeStatus.UNKNOWN_ID;
    }
    int valid = Math.min(length, data.length);
    if (m.checksummed && (valid != m.lengthBytes || !checksumScheme.verifies(id, data, valid))) {
      return DecodeStatus.BAD_CHECKSUM;
    }
    boolean complete = valid >= m.requiredBytes;
    long muxValue = -1;
    if (m.multiplexor != null) {
      if (m.multiplexor.lastByte >= valid) {
        return DecodeStatus.SHORT_PAYLOAD;
      }
      muxValue = m.multiplexor.raw(data);
    }
    for (CompiledSignal s : m.signals) {
      if ((complete || s.lastByte < valid)
          && (s.multiplexValue < 0 || s.multiplexValue == muxValue)) {
        sink.value(s.channelIndex, timeNanos, s.value(data));
      }
    }
    return complete ? DecodeStatus.DECODED : DecodeStatus.SHORT_PAYLOAD;
  }

  private CompiledMessage lookup(int id, boolean isExtended) {
    if (isExtended) {
      return extended.get(id);
    }
    return id >= 0 && id < standard.length ? standard[id] : null;
  }

  private CompiledMessage compile(DbcMessage m) {
    double rateHz = m.cycleTimeMs() > 0 ? 1000.0 / m.cycleTimeMs() : 0;
    CompiledSignal[] signals = new CompiledSignal[m.signals().size()];
    CompiledSignal multiplexor = null;
    int required = 0;
    for (int i = 0; i < signals.length; i++) {
      DbcSignal s = m.signals().get(i);
      String unit = s.unit().isBlank() ? "-" : s.unit();
      channels.add(new Channel(m.name() + "." + s.name(), unit, rateHz));
      signals[i] = new CompiledSignal(s, m.lengthBytes(), channels.size() - 1);
      required = Math.max(required, signals[i].lastByte + 1);
      if (s.multiplexor() && !s.isMultiplexed()) {
        multiplexor = signals[i];
      }
    }
    return new CompiledMessage(
        signals, multiplexor, required, m.lengthBytes(), checksumScheme.covers(m));
  }

  private record CompiledMessage(
      CompiledSignal[] signals,
      CompiledSignal multiplexor,
      int requiredBytes,
      int lengthBytes,
      boolean checksummed) {}
}

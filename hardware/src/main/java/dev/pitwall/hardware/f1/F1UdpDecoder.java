package dev.pitwall.hardware.f1;

import static dev.pitwall.hardware.f1.F1PacketFormat.HEADER_BYTES;
import static dev.pitwall.hardware.f1.LittleEndianBytes.u16;
import static dev.pitwall.hardware.f1.LittleEndianBytes.u8;

import dev.pitwall.core.source.SourceCounters;
import java.util.Objects;

/**
 * Decodes EA F1 23/24/25 UDP datagrams (little-endian, packed) into {@link F1Output} calls.
 *
 * <p>Every datagram is checked before a single field is read: header present, {@code
 * m_packetFormat} supported, {@code m_packetVersion} = 1, packet id known for that format, and the
 * datagram's length equal to that id's size in that format. Anything else is counted in {@link
 * SourceCounters} (invalid frame, unknown id or decode error) with a message naming the source, the
 * datagram's index and the cause. No exception leaves {@link #decode}.
 *
 * <p>Thread contract: not thread-safe; one decoder belongs to one receiving thread.
 */
public final class F1UdpDecoder {
  /** Packet version all packets of the supported formats carry. */
  static final int PACKET_VERSION = 1;

  private final String sourceName;
  private final SourceCounters counters;
  private final F1Output out;
  private final boolean activeCarsOnly;
  private long datagrams;
  private F1SessionInfo lastSession;
  private long sessionUid;
  private int activeCars = F1CarIndex.MAX_CARS;

  /**
   * @param sourceName named in every message, e.g. the source URI or a capture file name
   */
  public F1UdpDecoder(String sourceName, SourceCounters counters, F1Output out) {
    this(sourceName, counters, out, false);
  }

  /**
   * @param activeCarsOnly when true, per-car packets are decoded only for the first {@code
   *     m_numActiveCars} slots of the latest participants packet (plus the player's slot), so a
   *     time trial does not fill 21 channels of zeros; all 22 slots until a participants packet of
   *     the current session arrives
   */
  public F1UdpDecoder(
      String sourceName, SourceCounters counters, F1Output out, boolean activeCarsOnly) {
    this.activeCarsOnly = activeCarsOnly;
    this.sourceName = Objects.requireNonNull(sourceName);
    this.counters = Objects.requireNonNull(counters);
    this.out = Objects.requireNonNull(out);
  }

  /**
   * Decodes one datagram.
   *
   * @param timeNanos time stamp given to every value of this datagram (ns since session start)
   * @return true when the datagram was valid (decoded or validated and deliberately skipped)
   */
  public boolean decode(byte[] buf, int offset, int length, long timeNanos) {
    long index = datagrams++;
    counters.frame();
    try {
      String problem = check(buf, offset, length);
      if (problem != null) {
        return false;
      }
      int samples = dispatch(buf, offset, timeNanos, index);
      if (samples < 0) {
        return false;
      }
      counters.samples(samples);
      return true;
    } catch (RuntimeException e) {
      counters.decodeError(where(index) + ": decoder failed: " + e);
      return false;
    }
  }

  /** Checks header and size; counts and returns a message when the datagram is unusable. */
  private String check(byte[] buf, int offset, int length) {
    long index = datagrams - 1;
    if (buf == null || offset < 0 || length < 0 || offset + length > buf.length) {
      return invalid(index, "buffer range invalid (offset " + offset + ", length " + length + ")");
    }
    if (length < HEADER_BYTES) {
      return invalid(
          index,
          "truncated: " + length + " bytes, shorter than the " + HEADER_BYTES + "-byte header");
    }
    int formatCode = u16(buf, offset);
    F1PacketFormat format = F1PacketFormat.of(formatCode);
    if (format == null) {
      return invalid(index, "unsupported packetFormat " + formatCode + " (expected 2023..2025)");
    }
    int id = u8(buf, offset + 6);
    if (format.expectedSize(id) < 0) {
      String message = where(index) + ": unknown packetId " + id + " for format " + formatCode;
      counters.unknownId();
      counters.error(message);
      return message;
    }
    return checkVersionAndSize(index, format, id, u8(buf, offset + 5), length);
  }

  private String checkVersionAndSize(
      long index, F1PacketFormat format, int id, int version, int length) {
    String packet =
        F1PacketId.name(id) + " packet (id " + id + ") of format " + format.packetFormat();
    if (version != PACKET_VERSION) {
      return invalid(
          index, packet + " has packetVersion " + version + ", expected " + PACKET_VERSION);
    }
    int expected = format.expectedSize(id);
    if (length != expected) {
      String kind = length < expected ? "truncated " : "oversized ";
      return invalid(index, kind + packet + ": " + length + " bytes, expected " + expected);
    }
    return null;
  }

  private String invalid(long index, String cause) {
    String message = where(index) + ": " + cause;
    counters.invalidFrame(message);
    return message;
  }

  private int dispatch(byte[] b, int base, long t, long index) {
    F1PacketFormat format = F1PacketFormat.of(u16(b, base));
    int id = u8(b, base + 6);
    int player = u8(b, base + 27);
    long uid = LittleEndianBytes.i64(b, base + 7);
    if (uid != sessionUid) {
      sessionUid = uid; // a new session: participants may differ
      activeCars = F1CarIndex.MAX_CARS;
    }
    int slots = activeCarsOnly ? slots(player) : F1CarIndex.MAX_CARS;
    return switch (id) {
      case F1PacketId.MOTION -> F1CarPackets.motion(b, base, player, slots, t, out);
      case F1PacketId.LAP_DATA -> F1CarPackets.lapData(b, base, player, slots, t, format, out);
      case F1PacketId.CAR_TELEMETRY -> F1CarPackets.telemetry(b, base, player, slots, t, out);
      case F1PacketId.CAR_STATUS -> F1CarPackets.status(b, base, player, slots, t, out);
      case F1PacketId.CAR_DAMAGE -> F1CarPackets.damage(b, base, player, slots, t, format, out);
      case F1PacketId.SESSION -> session(b, base, format, t);
      case F1PacketId.EVENT -> event(b, base, player, t, index);
      case F1PacketId.PARTICIPANTS -> {
        activeCars = F1SessionPackets.participants(b, base, player, format, out).size();
        yield 0;
      }
      // setups, final classification, lobby, history, tyre sets, motion ex, time trial and lap
      // positions are size-checked but carry nothing the pit wall shows yet
      default -> 0;
    };
  }

  /** Slots to decode: the active cars, and the player's slot even if it lies beyond them. */
  private int slots(int player) {
    int withPlayer = player < F1CarIndex.MAX_CARS ? Math.max(activeCars, player + 1) : activeCars;
    return Math.max(1, withPlayer);
  }

  private int session(byte[] b, int base, F1PacketFormat format, long t) {
    lastSession = F1SessionPackets.session(b, base, format, t, out);
    return Double.isNaN(lastSession.sector2StartM()) ? 9 : 11;
  }

  private int event(byte[] b, int base, int player, long t, long index) {
    String code = F1SessionPackets.event(b, base, player, t, out);
    if (code == null) {
      counters.unknownId();
      counters.error(where(index) + ": Event packet with unknown event code " + rawCode(b, base));
      return -1;
    }
    return 0;
  }

  private static String rawCode(byte[] b, int base) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      s.append(String.format("%02x", u8(b, base + HEADER_BYTES + i)));
    }
    return "0x" + s;
  }

  private String where(long index) {
    return sourceName + " datagram #" + index;
  }

  /** Datagrams offered so far, valid or not. */
  public long datagrams() {
    return datagrams;
  }

  /** The latest session packet decoded, null before the first. */
  public F1SessionInfo lastSession() {
    return lastSession;
  }
}

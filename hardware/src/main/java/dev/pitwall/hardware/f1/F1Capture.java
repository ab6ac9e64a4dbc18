package dev.pitwall.hardware.f1;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reader of the IT52-NHLSF1 telemetry recorder container ({@code README_format.md}): a uint32
 * packet count, then per packet a float32 time stamp (s from recording start), a uint32 length and
 * the raw UDP datagram; all little-endian.
 *
 * <p>A damaged file never throws away what was readable: packets up to the damage are returned and
 * {@link #problem()} says where and what is wrong.
 *
 * @param problem null when the file is intact; otherwise names the file, offset and cause
 */
public record F1Capture(Path file, List<Packet> packets, String problem) {

  /** Upper bound on one datagram; F1 packets are at most 1,460 bytes and UDP at most 65,507. */
  private static final int MAX_DATAGRAM_BYTES = 65_507;

  /**
   * One recorded datagram.
   *
   * @param fileOffset offset of the packet's time stamp field in the file
   */
  public record Packet(int index, long fileOffset, float timestampS, byte[] data) {}

  public static F1Capture read(Path file) throws IOException {
    return parse(file, Files.readAllBytes(file));
  }

  static F1Capture parse(Path file, byte[] bytes) {
    ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.length < 4) {
      return new F1Capture(file, List.of(), file + ": shorter than the 4-byte packet count");
    }
    long count = buf.getInt() & 0xFFFFFFFFL;
    List<Packet> packets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long at = buf.position();
      if (buf.remaining() < 8) {
        return damaged(file, packets, at, "packet " + i + " of " + count + ": header cut off");
      }
      float time = buf.getFloat();
      long length = buf.getInt() & 0xFFFFFFFFL;
      if (length > MAX_DATAGRAM_BYTES || length > buf.remaining()) {
        return damaged(file, packets, at, "packet " + i + ": length " + length + " exceeds data");
      }
      byte[] data = new byte[(int) length];
      buf.get(data);
      packets.add(new Packet(i, at, time, data));
    }
    if (buf.hasRemaining()) {
      return damaged(
          file, packets, buf.position(), buf.remaining() + " trailing bytes after packet " + count);
    }
    return new F1Capture(file, List.copyOf(packets), null);
  }

  private static F1Capture damaged(Path file, List<Packet> packets, long offset, String cause) {
    return new F1Capture(file, List.copyOf(packets), file + " at offset " + offset + ": " + cause);
  }
}

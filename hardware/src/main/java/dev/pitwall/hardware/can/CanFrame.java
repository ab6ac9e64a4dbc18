package dev.pitwall.hardware.can;

import java.util.HexFormat;

/**
 * One CAN or CAN FD frame as read from a bus, log or adapter.
 *
 * @param timeNanos receive time in nanoseconds on the source's clock (epoch for logs and kernel
 *     timestamps, monotonic for adapters without timestamps)
 * @param id 11-bit or 29-bit identifier without flag bits
 * @param data payload, exactly the frame's length (0..8 classic, up to 64 FD); empty for remote
 * @param fdFlags CAN FD flags (bit 0 BRS, bit 1 ESI); 0 for classic frames
 */
public record CanFrame(
    long timeNanos,
    int id,
    boolean extended,
    boolean fd,
    boolean remote,
    boolean error,
    int fdFlags,
    byte[] data) {

  /** Valid CAN FD payload lengths; classic frames use 0..8. */
  public static boolean isValidFdLength(int length) {
    return length <= 8
        || length == 12
        || length == 16
        || length == 20
        || length == 24
        || length == 32
        || length == 48
        || length == 64;
  }

  public static CanFrame classic(long timeNanos, int id, boolean extended, byte[] data) {
    return new CanFrame(timeNanos, id, extended, false, false, false, 0, data);
  }

  public int length() {
    return data.length;
  }

  @Override
  public String toString() {
    String hexId = extended ? String.format("%08X", id) : String.format("%03X", id);
    return hexId
        + (fd ? "##" + fdFlags : "#")
        + (remote ? "R" : HexFormat.of().withUpperCase().formatHex(data));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CanFrame f
        && f.timeNanos == timeNanos
        && f.id == id
        && f.extended == extended
        && f.fd == fd
        && f.remote == remote
        && f.error == error
        && f.fdFlags == fdFlags
        && java.util.Arrays.equals(f.data, data);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(timeNanos) * 31 + id * 17 + java.util.Arrays.hashCode(data);
  }
}

package dev.pitwall.hardware.can;

import dev.pitwall.hardware.can.dbc.ByteOrder;
import dev.pitwall.hardware.can.dbc.DbcMessage;
import dev.pitwall.hardware.can.dbc.DbcSignal;
import java.util.Locale;

/** Vendor checksum conventions that the DBC format itself cannot express. */
public enum ChecksumScheme {
  NONE,
  /**
   * Toyota: the last byte of the frame, a signal named {@code CHECKSUM}, holds the low 8 bits of
   * (payload length + every byte of the identifier + every payload byte before the checksum). This
   * follows the algorithm opendbc documents for Toyota in its CAN parser.
   */
  TOYOTA;

  /** TOYOTA for DBC files whose name starts with "toyota" (the opendbc naming), else NONE. */
  public static ChecksumScheme forDbcName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.startsWith("toyota") || lower.startsWith("_toyota") ? TOYOTA : NONE;
  }

  /** Whether frames of {@code message} carry a checksum under this scheme. */
  public boolean covers(DbcMessage message) {
    if (this != TOYOTA || message.lengthBytes() < 1) {
      return false;
    }
    DbcSignal checksum = message.signal("CHECKSUM").orElse(null);
    int lastByteMsb = (message.lengthBytes() - 1) * 8 + 7;
    return checksum != null
        && checksum.lengthBits() == 8
        && checksum.byteOrder() == ByteOrder.MOTOROLA
        && checksum.startBit() == lastByteMsb;
  }

  /** Toyota checksum of a frame; the caller compares it with the frame's last byte. */
  public static int toyotaChecksum(int id, byte[] data, int length) {
    int sum = length;
    for (int rest = id; rest != 0; rest >>>= 8) {
      sum += rest & 0xFF;
    }
    for (int i = 0; i < length - 1; i++) {
      sum += data[i] & 0xFF;
    }
    return sum & 0xFF;
  }

  /** True if the frame's last byte holds the checksum this scheme expects. */
  public boolean verifies(int id, byte[] data, int length) {
    return this != TOYOTA
        || (length > 0 && toyotaChecksum(id, data, length) == (data[length - 1] & 0xFF));
  }
}

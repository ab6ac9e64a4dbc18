package dev.pitwall.hardware.can.slcan;

import dev.pitwall.hardware.can.CanFrame;
import java.nio.charset.StandardCharsets;

/**
 * The SLCAN (Lawicel CAN232/CANUSB) ASCII protocol. Commands end in CR; the adapter answers CR
 * (accepted) or BEL (refused). Frames: {@code tiiiL<data>} (11-bit), {@code TiiiiiiiiL<data>}
 * (29-bit), {@code r}/{@code R} remote, optionally followed by a 4-hex-digit millisecond timestamp
 * (after {@code Z1}). CAN FD adapters (CANable 2 firmware) add {@code d}/{@code D} (FD) and {@code
 * b}/{@code B} (FD with bit-rate switch) whose length digit is a DLC code 0..F.
 */
public final class SlcanCodec {
  /** Bitrates selected by {@code S0}..{@code S8}, in bit/s. */
  private static final int[] BITRATES = {
    10_000, 20_000, 50_000, 100_000, 125_000, 250_000, 500_000, 800_000, 1_000_000
  };

  private static final int[] FD_LENGTHS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 16, 20, 24, 32, 48, 64};
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private SlcanCodec() {}

  /** The {@code Sn} command for a standard bitrate. */
  public static String bitrateCommand(int bitsPerSecond) {
    for (int i = 0; i < BITRATES.length; i++) {
      if (BITRATES[i] == bitsPerSecond) {
        return "S" + i + "\r";
      }
    }
    throw new IllegalArgumentException(
        "SLCAN supports 10k, 20k, 50k, 100k, 125k, 250k, 500k, 800k and 1M bit/s, not "
            + bitsPerSecond);
  }

  /** Encodes a frame as an adapter would send it; {@code adapterTimeMs < 0} omits the stamp. */
  public static String encode(CanFrame f, int adapterTimeMs) {
    StringBuilder sb = new StringBuilder(32);
    char kind = f.remote() ? 'r' : f.fd() ? ((f.fdFlags() & 1) != 0 ? 'b' : 'd') : 't';
    sb.append(f.extended() ? Character.toUpperCase(kind) : kind);
    appendHex(sb, f.id(), f.extended() ? 8 : 3);
    sb.append(HEX[f.fd() ? fdDlc(f.length()) : f.length()]);
    for (byte b : f.data()) {
      sb.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }
    if (adapterTimeMs >= 0) {
      appendHex(sb, adapterTimeMs % 60_000, 4);
    }
    return sb.append('\r').toString();
  }

  public static byte[] bytes(String command) {
    return command.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Decodes one line (without its CR) received from the adapter.
   *
   * @param receivedNanos host receive time, used as the frame's time
   */
  public static SlcanMessage decode(String line, long receivedNanos) throws SlcanFormatException {
    if (line.isEmpty()) {
      return new SlcanMessage.Ack();
    }
    char kind = line.charAt(0);
    return switch (kind) {
      case 't', 'r', 'd', 'b' -> frame(line, receivedNanos, false);
      case 'T', 'R', 'D', 'B' -> frame(line, receivedNanos, true);
      case 'z', 'Z' -> new SlcanMessage.TransmitAck();
      case 'F' -> new SlcanMessage.Status(hex(line, 1, 3));
      default -> new SlcanMessage.Info(line);
    };
  }

  private static SlcanMessage frame(String line, long t, boolean extended)
      throws SlcanFormatException {
    char kind = Character.toLowerCase(line.charAt(0));
    boolean remote = kind == 'r';
    boolean fd = kind == 'd' || kind == 'b';
    int idDigits = extended ? 8 : 3;
    int id = hex(line, 1, 1 + idDigits);
    if (id > (extended ? 0x1FFF_FFFF : 0x7FF)) {
      throw new SlcanFormatException(
          line, 2, "identifier out of range: " + Integer.toHexString(id));
    }
    int dlcAt = 1 + idDigits;
    int dlc = hex(line, dlcAt, dlcAt + 1);
    if (!fd && dlc > 8) {
      throw new SlcanFormatException(line, dlcAt + 1, "classic frame length " + dlc + " > 8");
    }
    int length = fd ? FD_LENGTHS[dlc] : dlc;
    int dataAt = dlcAt + 1;
    int dataChars = remote ? 0 : 2 * length;
    int rest = line.length() - dataAt - dataChars;
    if (rest != 0 && rest != 4) {
      throw new SlcanFormatException(
          line,
          Math.min(line.length(), dataAt + dataChars) + 1,
          "expected " + length + " data bytes and an optional 4-digit timestamp");
    }
    byte[] data = new byte[remote ? 0 : length];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) hex(line, dataAt + 2 * i, dataAt + 2 * i + 2);
    }
    int stamp = rest == 4 ? hex(line, line.length() - 4, line.length()) : -1;
    int flags = kind == 'b' ? 1 : 0;
    return new SlcanMessage.Frame(
        new CanFrame(t, id, extended, fd, remote, false, flags, data), stamp);
  }

  /** Names the bits of an {@code F} status reply (Lawicel CAN232 manual). */
  public static String describeStatus(int flags) {
    String[] names = {
      "receive FIFO full", "transmit FIFO full", "error warning", "data overrun",
      "unused bit 4", "error passive", "arbitration lost", "bus error"
    };
    StringBuilder sb = new StringBuilder();
    for (int bit = 0; bit < 8; bit++) {
      if ((flags & (1 << bit)) != 0) {
        sb.append(sb.isEmpty() ? "" : ", ").append(names[bit]);
      }
    }
    return sb.isEmpty() ? "ok" : sb.toString();
  }

  private static int fdDlc(int length) {
    for (int i = 0; i < FD_LENGTHS.length; i++) {
      if (FD_LENGTHS[i] >= length) {
        return i;
      }
    }
    throw new IllegalArgumentException("CAN FD payload longer than 64 bytes: " + length);
  }

  private static int hex(String s, int from, int to) throws SlcanFormatException {
    if (to > s.length()) {
      throw new SlcanFormatException(s, s.length() + 1, "line ends early");
    }
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      int d =
          c >= '0' && c <= '9'
              ? c - '0'
              : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
      if (d < 0) {
        throw new SlcanFormatException(s, i + 1, "'" + c + "' is not a hex digit");
      }
      v = (v << 4) | d;
    }
    return v;
  }

  private static void appendHex(StringBuilder sb, int value, int digits) {
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
      sb.append(HEX[(value >>> shift) & 0xF]);
    }
  }
}

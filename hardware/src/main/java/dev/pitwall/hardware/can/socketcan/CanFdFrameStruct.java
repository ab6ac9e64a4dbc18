package dev.pitwall.hardware.can.socketcan;

import com.sun.jna.Structure;

/** {@code struct canfd_frame} (linux/can.h): 72 bytes; {@code flags} bit 0 BRS, bit 1 ESI. */
@Structure.FieldOrder({"can_id", "len", "flags", "__res0", "__res1", "data"})
public class CanFdFrameStruct extends Structure {
  public int can_id;
  public byte len;
  public byte flags;
  public byte __res0;
  public byte __res1;
  public byte[] data = new byte[64];

  public static int offsetOf(String field) {
    return new CanFdFrameStruct().fieldOffset(field);
  }
}

package dev.pitwall.hardware.can.socketcan;

import com.sun.jna.Structure;

/**
 * {@code struct can_frame} (linux/can.h): 16 bytes. Used to pin the layout in tests and to read
 * offsets; frames themselves are parsed straight from native memory for speed.
 */
@Structure.FieldOrder({"can_id", "len", "__pad", "__res0", "len8_dlc", "data"})
public class CanFrameStruct extends Structure {
  public int can_id;
  public byte len;
  public byte __pad;
  public byte __res0;
  public byte len8_dlc;
  public byte[] data = new byte[8];

  /** Byte offset of a field, as JNA lays it out for this platform. */
  public static int offsetOf(String field) {
    return new CanFrameStruct().fieldOffset(field);
  }
}

package dev.pitwall.hardware.can.socketcan;

import com.sun.jna.Structure;

/**
 * {@code struct sockaddr_can} (linux/can.h): family, interface index and a union of the ISO-TP ids
 * and the J1939 address. The union's largest member ({@code u64 name; u32 pgn; u8 addr}) decides
 * its size and 8-byte alignment: 24 bytes in all. Raw sockets leave the union zero.
 */
@Structure.FieldOrder({"can_family", "can_ifindex", "j1939_name", "j1939_pgn", "j1939_addr"})
public class SockaddrCan extends Structure {
  public short can_family;
  public int can_ifindex;
  public long j1939_name;
  public int j1939_pgn;
  public byte j1939_addr;

  public SockaddrCan() {}

  public SockaddrCan(int ifindex) {
    can_family = (short) LinuxCan.AF_CAN;
    can_ifindex = ifindex;
  }

  public static int offsetOf(String field) {
    return new SockaddrCan().fieldOffset(field);
  }
}

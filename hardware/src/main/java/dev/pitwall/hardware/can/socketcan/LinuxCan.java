package dev.pitwall.hardware.can.socketcan;

/** Constants of the Linux CAN socket API (linux/can.h, linux/can/raw.h, asm-generic/socket.h). */
final class LinuxCan {
  static final int AF_CAN = 29;
  static final int SOCK_RAW = 3;
  static final int CAN_RAW = 1;
  static final int SOL_SOCKET = 1;
  static final int SO_RCVTIMEO = 20;
  static final int SO_TIMESTAMP = 29;
  static final int SCM_TIMESTAMP = SO_TIMESTAMP;
  static final int SOL_CAN_RAW = 101;
  static final int CAN_RAW_ERR_FILTER = 2;
  static final int CAN_RAW_FD_FRAMES = 5;

  static final int CAN_EFF_FLAG = 0x8000_0000;
  static final int CAN_RTR_FLAG = 0x4000_0000;
  static final int CAN_ERR_FLAG = 0x2000_0000;
  static final int CAN_EFF_MASK = 0x1FFF_FFFF;
  static final int CAN_SFF_MASK = 0x7FF;
  static final int CAN_ERR_MASK = 0x1FFF_FFFF;

  static final int CAN_MTU = 16;
  static final int CANFD_MTU = 72;

  static final int EINTR = 4;
  static final int EAGAIN = 11;
  static final int ENODEV = 19;
  static final int EPROTONOSUPPORT = 93;
  static final int EAFNOSUPPORT = 97;
  static final int ENETDOWN = 100;

  private LinuxCan() {}
}

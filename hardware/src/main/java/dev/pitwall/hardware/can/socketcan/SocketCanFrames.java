package dev.pitwall.hardware.can.socketcan;

import static dev.pitwall.hardware.can.socketcan.LinuxCan.*;

import com.sun.jna.Pointer;
import dev.pitwall.hardware.can.CanFrame;

/**
 * Converts the bytes of a received {@code can_frame} or {@code canfd_frame} into a {@link
 * CanFrame}.
 */
final class SocketCanFrames {
  private static final int ID = CanFrameStruct.offsetOf("can_id");
  private static final int LEN = CanFrameStruct.offsetOf("len");
  private static final int FD_FLAGS = CanFdFrameStruct.offsetOf("flags");
  private static final int DATA = CanFrameStruct.offsetOf("data");

  private SocketCanFrames() {}

  /**
   * @param bytes bytes the kernel returned: {@value LinuxCan#CAN_MTU} or {@value
   *     LinuxCan#CANFD_MTU}
   * @return null if the size is neither (the caller counts it as invalid)
   */
  static CanFrame parse(Pointer memory, int bytes, long timeNanos) {
    if (bytes != CAN_MTU && bytes != CANFD_MTU) {
      return null;
    }
    boolean fd = bytes == CANFD_MTU;
    int rawId = memory.getInt(ID);
    int length = Math.min(memory.getByte(LEN) & 0xFF, fd ? 64 : 8);
    boolean extended = (rawId & CAN_EFF_FLAG) != 0;
    boolean remote = !fd && (rawId & CAN_RTR_FLAG) != 0;
    boolean error = (rawId & CAN_ERR_FLAG) != 0;
    int id = error ? rawId & CAN_ERR_MASK : rawId & (extended ? CAN_EFF_MASK : CAN_SFF_MASK);
    byte[] data = remote ? new byte[0] : memory.getByteArray(DATA, length);
    int flags = fd ? memory.getByte(FD_FLAGS) & 0x3 : 0;
    return new CanFrame(timeNanos, id, extended, fd, remote, error, flags, data);
  }
}

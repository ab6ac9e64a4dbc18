package dev.pitwall.hardware.can.socketcan;

import static dev.pitwall.hardware.can.socketcan.LinuxCan.*;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import dev.pitwall.hardware.can.CanFrame;
import java.util.function.IntConsumer;

/**
 * A bound CAN_RAW socket receiving classic and FD frames, error frames, and kernel receive
 * timestamps ({@code SO_TIMESTAMP} control messages). Reads time out every 100 ms so the owner can
 * stop. Message headers are laid out for 64-bit Linux (LP64); on 32-bit builds the kernel timestamp
 * is not read and the host clock is used.
 *
 * <p>Not thread-safe: owned by the source thread; {@link #close} may be called once by it.
 */
final class CanSocket implements AutoCloseable {
  static final String NO_KERNEL_CAN =
      "SocketCAN is not available: the kernel has no CAN support (modprobe can can_raw)";
  private static final int CONTROL_BYTES = 64;

  private final CanSocketApi api;
  private final int fd;
  private final Memory frame = new Memory(CANFD_MTU);
  private final Memory control = new Memory(CONTROL_BYTES);
  private final Memory iov = new Memory(16);
  private final Memory header = new Memory(56);

  private CanSocket(CanSocketApi api, int fd) {
    this.api = api;
    this.fd = fd;
    iov.setPointer(0, frame);
    iov.setLong(8, CANFD_MTU);
  }

  /** Opens and binds a raw socket on {@code interfaceName}. */
  static CanSocket open(CanSocketApi api, String interfaceName) throws SocketCanException {
    int fd = api.socket(AF_CAN, SOCK_RAW, CAN_RAW);
    if (fd < 0) {
      int errno = api.errno();
      if (errno == EAFNOSUPPORT || errno == EPROTONOSUPPORT) {
        throw new SocketCanException(NO_KERNEL_CAN, true);
      }
      throw new SocketCanException(
          "socket(AF_CAN, SOCK_RAW, CAN_RAW) failed: errno " + errno, false);
    }
    int ifindex = api.ifNameToIndex(interfaceName);
    if (ifindex == 0) {
      api.close(fd);
      throw new SocketCanException("no CAN interface " + interfaceName, false);
    }
    CanSocket socket = new CanSocket(api, fd);
    socket.configure();
    if (api.bind(fd, new SockaddrCan(ifindex)) < 0) {
      int errno = api.errno();
      api.close(fd);
      throw new SocketCanException(
          "cannot bind to CAN interface " + interfaceName + ": errno " + errno, false);
    }
    return socket;
  }

  private void configure() {
    Memory one = new Memory(4);
    one.setInt(0, 1);
    api.setsockopt(fd, SOL_CAN_RAW, CAN_RAW_FD_FRAMES, one, 4); // fails on classic-only kernels
    Memory errMask = new Memory(4);
    errMask.setInt(0, CAN_ERR_MASK);
    api.setsockopt(fd, SOL_CAN_RAW, CAN_RAW_ERR_FILTER, errMask, 4);
    api.setsockopt(fd, SOL_SOCKET, SO_TIMESTAMP, one, 4);
    Memory timeout = new Memory(16);
    timeout.setLong(0, 0);
    timeout.setLong(8, 100_000); // 100 ms in microseconds
    api.setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, timeout, 16);
  }

  /**
   * Receives one frame.
   *
   * @param onBadSize told the byte count of a read that is neither a CAN nor a CAN FD frame
   * @return the frame, or null on timeout or a bad read
   * @throws SocketCanException when the interface went down or disappeared
   */
  CanFrame receive(IntConsumer onBadSize) throws SocketCanException {
    header.clear();
    header.setPointer(16, iov);
    header.setLong(24, 1);
    header.setPointer(32, control);
    header.setLong(40, CONTROL_BYTES);
    long n = api.recvmsg(fd, header, 0);
    if (n < 0) {
      int errno = api.errno();
      if (errno == EAGAIN || errno == EINTR) {
        return null;
      }
      throw new SocketCanException(
          "CAN socket read failed: errno "
              + errno
              + (errno == ENETDOWN
                  ? " (interface down)"
                  : errno == ENODEV ? " (interface gone)" : ""),
          false);
    }
    long timeNanos = kernelTimestamp();
    CanFrame parsed = SocketCanFrames.parse(frame, (int) n, timeNanos);
    if (parsed == null) {
      onBadSize.accept((int) n);
    }
    return parsed;
  }

  /** Walks the control messages for SCM_TIMESTAMP; host time when absent. */
  private long kernelTimestamp() {
    long length = header.getLong(40);
    if (Native.POINTER_SIZE == 8
        && length >= 32
        && control.getInt(8) == SOL_SOCKET
        && control.getInt(12) == SCM_TIMESTAMP) {
      return control.getLong(16) * 1_000_000_000L + control.getLong(24) * 1_000L;
    }
    return System.currentTimeMillis() * 1_000_000L;
  }

  @Override
  public void close() {
    api.close(fd);
  }
}

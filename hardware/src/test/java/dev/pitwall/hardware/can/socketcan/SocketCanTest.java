package dev.pitwall.hardware.can.socketcan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Pointer;
import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.hardware.can.CanDecoder;
import dev.pitwall.hardware.can.CanFrame;
import dev.pitwall.hardware.can.ChecksumScheme;
import dev.pitwall.hardware.can.dbc.DbcParser;
import dev.pitwall.hardware.can.dbc.DbcParserTest;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

class SocketCanTest {

  @Test
  void structLayoutsMatchLinuxHeaders() {
    assertEquals(16, new CanFrameStruct().size());
    assertEquals(72, new CanFdFrameStruct().size());
    assertEquals(24, new SockaddrCan().size());
    assertEquals(0, CanFrameStruct.offsetOf("can_id"));
    assertEquals(4, CanFrameStruct.offsetOf("len"));
    assertEquals(7, CanFrameStruct.offsetOf("len8_dlc"));
    assertEquals(8, CanFrameStruct.offsetOf("data"));
    assertEquals(5, CanFdFrameStruct.offsetOf("flags"));
    assertEquals(8, CanFdFrameStruct.offsetOf("data"));
    assertEquals(4, SockaddrCan.offsetOf("can_ifindex"));
    assertEquals(8, SockaddrCan.offsetOf("j1939_name"));
    assertEquals(16, SockaddrCan.offsetOf("j1939_pgn"));
  }

  @Test
  void reportsAKernelWithoutCanExactly() {
    LibcCanSocketApi libc = new LibcCanSocketApi();
    int fd = libc.socket(LinuxCan.AF_CAN, LinuxCan.SOCK_RAW, LinuxCan.CAN_RAW);
    if (fd >= 0) {
      libc.close(fd);
    }
    assumeTrue(fd < 0, "this kernel has CAN support; the errno-97 path cannot be exercised here");
    SocketCanException e =
        assertThrows(SocketCanException.class, () -> CanSocket.open(libc, "can0"));
    assertEquals(
        "SocketCAN is not available: the kernel has no CAN support (modprobe can can_raw)",
        e.getMessage());
    assertTrue(e.permanent());
  }

  @Test
  void sourceOnAKernelWithoutCanEndsWithThatMessage() throws Exception {
    LibcCanSocketApi libc = new LibcCanSocketApi();
    int fd = libc.socket(LinuxCan.AF_CAN, LinuxCan.SOCK_RAW, LinuxCan.CAN_RAW);
    assumeTrue(fd < 0, "this kernel has CAN support");
    try (SocketCanSource source = new SocketCanSource("socketcan:can0", libc, "can0", decoder())) {
      source.start(b -> {});
      awaitState(source, SourceState.DISCONNECTED);
      assertEquals(
          "socketcan:can0: SocketCAN is not available: the kernel has no CAN support (modprobe can can_raw)",
          source.health().lastError().message());
    }
  }

  @Test
  void reportsAMissingInterface() {
    FakeKernel kernel = new FakeKernel();
    kernel.interfaceIndex = 0;
    SocketCanException e =
        assertThrows(SocketCanException.class, () -> CanSocket.open(kernel, "can0"));
    assertEquals("no CAN interface can0", e.getMessage());
    assertEquals(1, kernel.closed, "the socket must be closed again");
  }

  @Test
  void receivesClassicFdAndErrorFramesWithKernelTimestamps() throws Exception {
    FakeKernel kernel = new FakeKernel();
    kernel.frames.add(kernelFrame(0x0B4, new byte[] {0, 0, 0, 0, 0x60, 0, 0, 0x1C}, false, 0));
    kernel.frames.add(kernelFrame(0x18FEF1FE | LinuxCan.CAN_EFF_FLAG, new byte[12], true, 1));
    kernel.frames.add(kernelFrame(0x40 | LinuxCan.CAN_ERR_FLAG, new byte[8], false, 0));
    try (CanSocket socket = CanSocket.open(kernel, "can0")) {
      CanFrame classic = socket.receive(n -> {});
      assertEquals(0x0B4, classic.id());
      assertEquals(1_700_000_000_123_456_000L, classic.timeNanos());
      assertArrayEquals(new byte[] {0, 0, 0, 0, 0x60, 0, 0, 0x1C}, classic.data());
      CanFrame fd = socket.receive(n -> {});
      assertTrue(fd.fd() && fd.extended());
      assertEquals(0x18FEF1FE, fd.id());
      assertEquals(12, fd.length());
      assertEquals(1, fd.fdFlags());
      CanFrame error = socket.receive(n -> {});
      assertTrue(error.error());
      assertEquals(null, socket.receive(n -> {}), "timeout");
    }
    assertEquals(24, kernel.boundAddressSize);
  }

  @Test
  void sourceCountsErrorFramesAndDecodesFrames() throws Exception {
    FakeKernel kernel = new FakeKernel();
    kernel.frames.add(kernelFrame(100, new byte[] {0x12, 0x34, 0, 0, 0, 0, 0, 0}, false, 0));
    kernel.frames.add(kernelFrame(0x40 | LinuxCan.CAN_ERR_FLAG, new byte[8], false, 0));
    kernel.frames.add(kernelFrame(0x7FF, new byte[1], false, 0));
    try (SocketCanSource source =
        new SocketCanSource("socketcan:vcan0", kernel, "vcan0", decoder())) {
      source.start(b -> {});
      long end = System.currentTimeMillis() + 5_000;
      while (source.health().frames() < 3 && System.currentTimeMillis() < end) {
        Thread.sleep(10);
      }
      source.stop();
      SourceHealth h = source.health();
      assertEquals(3, h.frames());
      assertEquals(1, h.errorFrames());
      assertEquals(1, h.unknownIds());
      assertTrue(h.samples() >= 3, h.toString());
      assertTrue(h.lastError().message().contains("bus off"), h.lastError().message());
    }
  }

  private static CanDecoder decoder() throws Exception {
    return new CanDecoder(DbcParser.parse("sample.dbc", DbcParserTest.SAMPLE), ChecksumScheme.NONE);
  }

  private static void awaitState(SocketCanSource source, SourceState state) throws Exception {
    long end = System.currentTimeMillis() + 5_000;
    while (source.state() != state && System.currentTimeMillis() < end) {
      Thread.sleep(10);
    }
    assertEquals(state, source.state());
  }

  private static byte[] kernelFrame(int canId, byte[] data, boolean fd, int flags) {
    byte[] bytes = new byte[fd ? 72 : 16];
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.nativeOrder());
    b.putInt(0, canId);
    bytes[4] = (byte) data.length;
    bytes[5] = (byte) flags;
    System.arraycopy(data, 0, bytes, 8, data.length);
    return bytes;
  }

  /** A kernel with CAN: hands out queued frames through recvmsg like the real one. */
  private static final class FakeKernel implements CanSocketApi {
    final Deque<byte[]> frames = new ArrayDeque<>();
    int interfaceIndex = 3;
    int closed;
    int boundAddressSize;
    int errno;

    @Override
    public int socket(int domain, int type, int protocol) {
      return 42;
    }

    @Override
    public int ifNameToIndex(String name) {
      return interfaceIndex;
    }

    @Override
    public int bind(int fd, SockaddrCan address) {
      boundAddressSize = address.size();
      return address.can_ifindex == interfaceIndex ? 0 : -1;
    }

    @Override
    public int setsockopt(int fd, int level, int option, Pointer value, int length) {
      return 0;
    }

    @Override
    public synchronized long recvmsg(int fd, Pointer message, int flags) {
      byte[] next = frames.poll();
      if (next == null) {
        errno = LinuxCan.EAGAIN;
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return -1;
      }
      Pointer iov = message.getPointer(16);
      iov.getPointer(0).write(0, next, 0, next.length);
      Pointer control = message.getPointer(32);
      control.setLong(0, 32);
      control.setInt(8, LinuxCan.SOL_SOCKET);
      control.setInt(12, LinuxCan.SCM_TIMESTAMP);
      control.setLong(16, 1_700_000_000L);
      control.setLong(24, 123_456L);
      message.setLong(40, 32);
      return next.length;
    }

    @Override
    public int close(int fd) {
      closed++;
      return 0;
    }

    @Override
    public int errno() {
      return errno;
    }
  }
}

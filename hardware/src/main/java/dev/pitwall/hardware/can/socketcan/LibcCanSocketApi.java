package dev.pitwall.hardware.can.socketcan;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** {@link CanSocketApi} on the real libc through JNA. */
public final class LibcCanSocketApi implements CanSocketApi {
  /** JNA saves errno after every call; {@link Native#getLastError} reads it on the same thread. */
  interface LibC extends Library {
    int socket(int domain, int type, int protocol);

    int if_nametoindex(String name);

    int bind(int fd, SockaddrCan address, int length);

    int setsockopt(int fd, int level, int option, Pointer value, int length);

    long recvmsg(int fd, Pointer message, int flags);

    int close(int fd);
  }

  private static final class Holder {
    static final LibC LIBC = Native.load("c", LibC.class);
  }

  @Override
  public int socket(int domain, int type, int protocol) {
    return Holder.LIBC.socket(domain, type, protocol);
  }

  @Override
  public int ifNameToIndex(String name) {
    return Holder.LIBC.if_nametoindex(name);
  }

  @Override
  public int bind(int fd, SockaddrCan address) {
    address.write();
    return Holder.LIBC.bind(fd, address, address.size());
  }

  @Override
  public int setsockopt(int fd, int level, int option, Pointer value, int length) {
    return Holder.LIBC.setsockopt(fd, level, option, value, length);
  }

  @Override
  public long recvmsg(int fd, Pointer message, int flags) {
    return Holder.LIBC.recvmsg(fd, message, flags);
  }

  @Override
  public int close(int fd) {
    return Holder.LIBC.close(fd);
  }

  @Override
  public int errno() {
    return Native.getLastError();
  }
}

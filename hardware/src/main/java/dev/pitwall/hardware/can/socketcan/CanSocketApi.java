package dev.pitwall.hardware.can.socketcan;

import com.sun.jna.Pointer;

/**
 * The few libc calls a CAN raw socket needs, behind an interface so tests can fake a kernel that
 * has CAN. Return values follow libc: -1 on failure with {@link #errno()} set.
 */
public interface CanSocketApi {
  int socket(int domain, int type, int protocol);

  /** 0 when no interface has that name. */
  int ifNameToIndex(String name);

  int bind(int fd, SockaddrCan address);

  int setsockopt(int fd, int level, int option, Pointer value, int length);

  /** {@code recvmsg(2)} with a caller-built {@code struct msghdr}. */
  long recvmsg(int fd, Pointer message, int flags);

  int close(int fd);

  /** errno of the last failed call on this thread. */
  int errno();
}

package dev.pitwall.hardware.can.socketcan;

import java.io.IOException;

/**
 * A CAN socket that cannot be opened or read.
 *
 * @see #permanent() whether retrying can help
 */
public final class SocketCanException extends IOException {
  private final boolean permanent;

  public SocketCanException(String message, boolean permanent) {
    super(message);
    this.permanent = permanent;
  }

  /** True when the kernel itself lacks CAN: no point in retrying until it is loaded. */
  public boolean permanent() {
    return permanent;
  }
}

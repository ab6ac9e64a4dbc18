package dev.pitwall.app.live;

import dev.pitwall.app.cli.CliFailure;
import dev.pitwall.core.source.SourceError;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.source.TelemetrySource;
import dev.pitwall.hardware.can.dbc.DbcParseException;
import java.io.IOException;

/**
 * Opens a SocketCAN source once for up to a second before the session starts, so "the kernel has no
 * CAN support" or "no CAN interface can0" reach the user as a one-line error instead of an empty
 * session. The probe instance is stopped; the session gets a fresh one.
 */
final class SocketCanPreflight {
  private static final long WAIT_NANOS = 1_000_000_000L;

  interface Opener {
    TelemetrySource open() throws IOException, DbcParseException;
  }

  private SocketCanPreflight() {}

  static TelemetrySource check(Opener opener) throws IOException, DbcParseException {
    TelemetrySource probe = opener.open();
    SourceError error;
    try {
      probe.start(block -> {});
      error = awaitOutcome(probe);
    } finally {
      probe.stop();
    }
    if (error != null) {
      String message = error.message();
      String prefix = probe.uri() + ": ";
      throw new CliFailure(
          message.startsWith(prefix) ? message.substring(prefix.length()) : message);
    }
    return opener.open();
  }

  /** The error that ended or held up the connection, or null once it streams (or stays quiet). */
  private static SourceError awaitOutcome(TelemetrySource probe) {
    long deadline = System.nanoTime() + WAIT_NANOS;
    while (System.nanoTime() < deadline) {
      SourceState state = probe.state();
      SourceError error = probe.health().lastError();
      if (state == SourceState.STREAMING) {
        return null;
      }
      if (error != null
          && (state == SourceState.DISCONNECTED || state == SourceState.RECONNECTING)) {
        return error;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }
}

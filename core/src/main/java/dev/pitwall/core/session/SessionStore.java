package dev.pitwall.core.session;

import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.List;
import java.util.Optional;

/**
 * Where sessions live. Implementations are thread-safe for reads; each {@link SessionRecording} has
 * a single writer.
 *
 * <p>Opening a store recovers it: sessions still {@link SessionStatus#RECORDING} from a process
 * that died are marked {@link SessionStatus#INTERRUPTED}, keeping everything committed.
 */
public interface SessionStore extends AutoCloseable {

  SessionRecording startSession(SessionInfo info);

  /** All sessions, newest first. */
  List<SessionSummary> sessions();

  Optional<SessionSummary> session(long id);

  List<Lap> laps(long sessionId);

  List<ChannelSummary> channels(long sessionId);

  /** Samples of {@code channel} with {@code fromNanos <= t < toNanos}, in time order. */
  SampleBlock read(long sessionId, Channel channel, long fromNanos, long toNanos);

  @Override
  void close();
}

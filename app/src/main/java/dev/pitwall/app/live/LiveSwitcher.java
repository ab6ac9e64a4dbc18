package dev.pitwall.app.live;

import dev.pitwall.app.ui.LiveFeed;
import dev.pitwall.app.ui.sources.SourceConnector;
import dev.pitwall.core.session.SessionStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The window's live session and its replacement when the user connects another source: the new
 * source is configured first (a bad URI leaves the current session running), then the current
 * session is closed (drained, COMPLETED) and a new one started in the same store.
 *
 * <p>Thread contract: {@link #connect} runs on a background thread; {@link #close} on the thread
 * that opened the window, after it closed. Both are serialised.
 */
final class LiveSwitcher implements SourceConnector, AutoCloseable {
  private final SourceFactory factory;
  private final SessionStore store;
  private final List<LiveSession> sessions = new ArrayList<>();
  private LiveSession current;

  LiveSwitcher(SourceFactory factory, SessionStore store, LiveSession first) {
    this.factory = factory;
    this.store = store;
    this.current = Objects.requireNonNull(first);
    sessions.add(first);
  }

  @Override
  public synchronized LiveFeed connect(SourceRequest request) {
    SourceFactory.Prepared prepared = factory.create(request); // throws before anything stops
    current.close();
    current =
        LiveSession.start(
            prepared.source(), store, prepared.track(), request.duration(), prepared.channelMap());
    sessions.add(current);
    return current;
  }

  synchronized LiveSession current() {
    return current;
  }

  /** Every session this window recorded, oldest first. */
  synchronized List<LiveSession> sessions() {
    return List.copyOf(sessions);
  }

  @Override
  public synchronized void close() {
    current.close();
  }
}

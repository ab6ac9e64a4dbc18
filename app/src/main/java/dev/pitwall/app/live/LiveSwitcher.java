package dev.pitwall.app.live;

import dev.pitwall.app.ui.LiveFeed;
import dev.pitwall.app.ui.sources.SourceConnector;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.session.recovery.Continuation;
import dev.pitwall.core.session.recovery.InterruptedSessions;
import dev.pitwall.core.source.SourceState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The window's live session and its replacement when the user connects another source: the new
 * source is configured first (a bad URI leaves the current session running), then the current
 * session is closed (drained, COMPLETED) and a new one started in the same store. {@link #add}
 * instead adds the source to the running session (see {@link CombinedSource}), and {@link
 * #disconnect} stops one of its sources.
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
    // combined (of one, for now) so that File → Connect source… can add to it
    CombinedSource source = CombinedSource.of(prepared.source());
    current =
        LiveSession.start(
            source, store, prepared.track(), request.duration(), prepared.channelMap());
    sessions.add(current);
    return current;
  }

  /**
   * Adds the source to the current session when that one can take more and still runs; otherwise (a
   * session started with a plain source, or one whose sources all ended) starts a new session.
   */
  @Override
  public synchronized LiveFeed add(SourceRequest request) {
    Optional<CombinedSource> combined = current.combined();
    if (combined.isEmpty() || combined.get().state() == SourceState.STOPPED) {
      return connect(request);
    }
    SourceFactory.Prepared prepared = factory.create(request); // throws before anything starts
    combined.get().add(prepared.source());
    return current;
  }

  @Override
  public synchronized void disconnect(String label) {
    current
        .combined()
        .orElseThrow(() -> new IllegalArgumentException("this session has a single source"))
        .remove(label);
  }

  /**
   * Ends the current session and records {@code request}'s source into the INTERRUPTED or FAILED
   * session {@code sessionId} instead, after a marked gap ({@link InterruptedSessions}). A bad
   * source or a session that cannot be continued leaves the current session running.
   */
  synchronized LiveFeed continueSession(long sessionId, SourceRequest request) {
    if (!(store instanceof InterruptedSessions recovery)) {
      throw new IllegalStateException("this session store cannot continue sessions");
    }
    SessionSummary summary =
        store
            .session(sessionId)
            .orElseThrow(() -> new IllegalArgumentException("there is no session " + sessionId));
    SourceFactory.Prepared prepared = factory.create(request); // throws before anything stops
    Continuation continued = recovery.continueSession(sessionId, Instant.now());
    current.close();
    current =
        LiveSession.continueInto(
            CombinedSource.of(prepared.source()),
            store,
            continued,
            summary.info(),
            prepared.track(),
            request.duration(),
            prepared.channelMap());
    sessions.add(current);
    return current;
  }

  /** File → Connect source… aimed at continuing session {@code sessionId}. */
  SourceConnector continuing(long sessionId) {
    return request -> continueSession(sessionId, request);
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

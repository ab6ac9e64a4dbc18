package dev.pitwall.app.live;

import dev.pitwall.app.ui.LiveFeed;
import dev.pitwall.app.ui.MainWindow;
import dev.pitwall.app.ui.annotation.MarkBar;
import dev.pitwall.app.ui.annotation.MarkPoint;
import dev.pitwall.core.session.annotation.SessionAnnotations;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/**
 * Puts the "Mark" bar into the live window: marks go to the session the window shows now (a source
 * switch starts a new session, so the bar follows {@link MainWindow#addFeedListener}) at that
 * session's latest sample time.
 */
final class LiveMarks {
  private LiveMarks() {}

  /** FX thread; {@code background} writes to the database. */
  static MarkBar attach(
      MainWindow window, LiveFeed first, SessionAnnotations store, Executor background) {
    AtomicReference<LiveFeed> current = new AtomicReference<>(first);
    window.addFeedListener(current::set);
    MarkBar bar =
        new MarkBar(
            store,
            () -> point(current.get()),
            System.getProperty("user.name", ""),
            background,
            Platform::runLater);
    window.addControls(bar.node());
    bar.installKey(window.scene());
    return bar;
  }

  static Optional<MarkPoint> point(LiveFeed feed) {
    if (!(feed instanceof LiveSession session)) {
      return Optional.empty();
    }
    long atNanos = Math.round(session.sessionTimeS() * 1e9);
    return Optional.of(new MarkPoint(Long.parseLong(session.sessionId()), atNanos));
  }
}

package dev.pitwall.app.ui.sources;

import dev.pitwall.app.live.SourceRequest;
import dev.pitwall.app.ui.LiveFeed;

/**
 * Ends the current live session and starts one on another source; supplied by the composition root.
 *
 * <p>Thread contract: called on a background thread (it opens devices and waits for the old session
 * to drain), never on the FX thread.
 */
@FunctionalInterface
public interface SourceConnector {

  /**
   * @return the new session's feed
   * @throws RuntimeException whose message says, in one line, what to fix; the current session then
   *     keeps running
   */
  LiveFeed connect(SourceRequest request);

  /**
   * Adds a source to the running session (a GPS next to the CAN bus); the other sources go on.
   * Connectors that cannot combine sources start a new session instead.
   *
   * @return the feed now showing (the same one when the source was added to it)
   * @throws RuntimeException whose message says, in one line, what to fix
   */
  default LiveFeed add(SourceRequest request) {
    return connect(request);
  }

  /**
   * Stops the source labelled {@code label} (see {@link SourceLink#label()}) in the running
   * session; its data stays recorded and the other sources go on.
   *
   * @throws RuntimeException when there is no such source or it is the only one
   */
  default void disconnect(String label) {
    throw new UnsupportedOperationException("this session cannot disconnect single sources");
  }
}

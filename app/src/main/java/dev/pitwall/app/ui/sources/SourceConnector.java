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
}

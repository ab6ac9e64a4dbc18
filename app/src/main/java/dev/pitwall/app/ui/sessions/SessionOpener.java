package dev.pitwall.app.ui.sessions;

import java.util.concurrent.CompletableFuture;

/**
 * Opens a stored session for replay and analysis (the composition root opens a replay window).
 *
 * <p>Thread contract: called on the FX thread; returns at once. The future completes when the
 * session is on screen, or exceptionally with a one-line reason.
 */
@FunctionalInterface
public interface SessionOpener {
  CompletableFuture<Void> open(long sessionId);
}

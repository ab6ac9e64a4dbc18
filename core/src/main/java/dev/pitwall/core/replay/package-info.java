/**
 * Replay of a stored session through the same port as a live link: {@link
 * dev.pitwall.core.replay.ReplaySource} is a {@code TelemetrySource} that reads the {@code
 * SessionStore} window by window (read-ahead per channel, bounded memory) and publishes into a sink
 * under a clock with pause, step, seek and 0.25×–64× or as-fast-as-possible speed.
 */
package dev.pitwall.core.replay;

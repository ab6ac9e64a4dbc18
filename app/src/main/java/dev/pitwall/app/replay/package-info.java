/**
 * The replay window: {@link dev.pitwall.app.replay.ReplayFeed} (replay source → SampleBus → lap
 * timer + live screen, nothing recorded again), {@link dev.pitwall.app.replay.ReplayControls}
 * (play, pause, step, timeline, speed) and {@link dev.pitwall.app.replay.ReplayDesk}, which wires
 * the main window with the Lap analysis and Coaching screens. {@code pitwall replay SESSION} opens
 * it.
 */
package dev.pitwall.app.replay;

/**
 * Lap, sector and pit-lane detection from recorded channels (pure computation, no JavaFX).
 *
 * <p>Entry points: {@link dev.pitwall.analytics.lapdetect.GateCrossingFinder} (GPS or x/y line
 * crossings, sub-sample interpolated), {@link
 * dev.pitwall.analytics.lapdetect.LapDistanceCrossingFinder} (lap-distance resets and thresholds),
 * {@link dev.pitwall.analytics.lapdetect.BeaconCrossingFinder} (beacon pulses or lap counters),
 * {@link dev.pitwall.analytics.lapdetect.PitLaneFinder} (pit-entry and exit lines) and {@link
 * dev.pitwall.analytics.lapdetect.LapSplitter}, which turns crossings into {@link
 * dev.pitwall.analytics.lapdetect.DetectedLap}s with out-/in-/partial kinds and plain-words reasons
 * for every invalid lap. {@link dev.pitwall.analytics.lapdetect.LapMethod#availableFor} says which
 * methods a session's channels allow (without position: lap distance and beacon only).
 *
 * <p>The live lap timer lives in {@code dev.pitwall.analytics.timing}; this package is offline.
 */
package dev.pitwall.analytics.lapdetect;

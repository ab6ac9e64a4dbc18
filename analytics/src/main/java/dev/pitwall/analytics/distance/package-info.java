/**
 * Lines laps up by track position: travelled distance from positions, speed or a lap-distance
 * channel ({@link dev.pitwall.analytics.distance.PathDistance}), resampling of every channel onto a
 * common metre grid ({@link dev.pitwall.analytics.distance.DistanceResampler} → {@link
 * dev.pitwall.analytics.distance.DistanceLap}) and the time-delta trace against a reference lap
 * ({@link dev.pitwall.analytics.distance.TimeDelta}).
 */
package dev.pitwall.analytics.distance;

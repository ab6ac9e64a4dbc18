package dev.pitwall.app.live;

import java.time.Duration;

/**
 * What the user asked for on the command line or in the source dialog.
 *
 * @param uri source URI, e.g. {@code sim} or {@code sim:cota?cars=2}
 * @param track circuit key, or null for the source's default
 * @param cars number of simulated cars, or null for the default
 * @param seed random seed, or null for the default
 * @param speed real-time factor; {@link Double#POSITIVE_INFINITY} = as fast as possible
 * @param duration session time to record, or null for "until the source ends"
 */
public record SourceRequest(
    String uri, String track, Integer cars, Long seed, double speed, Duration duration) {}

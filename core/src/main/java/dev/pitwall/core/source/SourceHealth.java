package dev.pitwall.core.source;

/**
 * Snapshot of a source's link health. Counters are totals since the source started; rates are
 * derived by the reader from two snapshots.
 *
 * @param lastError null when nothing went wrong yet
 */
public record SourceHealth(
    SourceState state,
    long frames,
    long samples,
    long invalidFrames,
    long decodeErrors,
    long unknownIds,
    long errorFrames,
    long reconnects,
    SourceError lastError) {}

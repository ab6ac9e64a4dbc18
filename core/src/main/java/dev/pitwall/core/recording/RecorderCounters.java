package dev.pitwall.core.recording;

import java.util.Optional;

/**
 * A snapshot of a {@link SessionRecorder}'s counters. Every sample that reached the recorder's
 * subscription ends up in exactly one of written, pending or lost; overruns of the subscription
 * itself are counted as dropped.
 *
 * @param samplesAppended samples handed to the recording (durable only after the next commit)
 * @param samplesWritten samples made durable by a successful commit
 * @param samplesDropped samples the bounded subscription dropped because the writer fell behind
 * @param samplesLost samples that could not be written because the store failed
 * @param lapsWritten laps handed to the recording
 * @param lapsLost laps that could not be written because the store failed
 * @param commits successful commits
 * @param lastError the error that stopped recording, empty while healthy
 */
public record RecorderCounters(
    RecorderState state,
    long samplesAppended,
    long samplesWritten,
    long samplesDropped,
    long samplesLost,
    long lapsWritten,
    long lapsLost,
    long commits,
    Optional<String> lastError) {}

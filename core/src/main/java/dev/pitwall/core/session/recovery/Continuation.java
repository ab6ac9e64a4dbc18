package dev.pitwall.core.session.recovery;

import dev.pitwall.core.session.SessionRecording;

/**
 * A session reopened for appending by {@link InterruptedSessions#continueSession}.
 *
 * @param recording appends to the session; times given to it are shifted by {@code resumeAtNanos}
 * @param lastDurableNanos session time of the last sample that survived, or -1 when none did
 * @param resumeAtNanos session time at which the continued recording's time 0 lands
 */
public record Continuation(SessionRecording recording, long lastDurableNanos, long resumeAtNanos) {}

package dev.pitwall.core.source;

import java.time.Instant;

/** The latest problem a source saw: when, and a message naming source, position and cause. */
public record SourceError(Instant at, String message) {}

package dev.pitwall.core.session.recovery;

import java.util.Objects;

/**
 * Something that happened during a session, stored beside the raw samples as an appended event.
 * Times are nanoseconds since the session start.
 *
 * @param kind what it is, e.g. {@link #GAP}
 * @param text a human-readable description
 */
public record SessionEvent(String kind, long startNanos, long endNanos, String text) {
  /** No samples were recorded between start and end (the recording was interrupted). */
  public static final String GAP = "gap";

  public SessionEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (endNanos < startNanos) {
      throw new IllegalArgumentException(kind + " event ends before it starts");
    }
  }
}

package dev.pitwall.core.session.annotation;

import java.util.Objects;
import java.util.Optional;

/**
 * One appended event of a session. Times are nanoseconds since the session start; a point event
 * (note, marker, ...) has {@code endNanos == startNanos}, a {@link AnnotationKind#GAP} covers a
 * range.
 *
 * @param author who added it ("" for events the store wrote itself, such as gaps)
 * @param createdAt wall-clock time it was added; empty for events stored before schema version 4
 */
public record Annotation(
    AnnotationKind kind,
    long startNanos,
    long endNanos,
    String text,
    String author,
    Optional<java.time.Instant> createdAt) {

  public Annotation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(createdAt, "createdAt");
    if (endNanos < startNanos) {
      throw new IllegalArgumentException(kind.id() + " event ends before it starts");
    }
  }

  /** Session time of the event in seconds. */
  public double startS() {
    return startNanos / 1e9;
  }
}

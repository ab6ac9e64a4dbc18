package dev.pitwall.core.session.annotation;

import java.util.List;

/**
 * Engineers' annotations of a session, appended beside the raw samples. A {@link
 * dev.pitwall.core.session.SessionStore} that supports them implements this too ({@code store
 * instanceof SessionAnnotations}).
 *
 * <p>Append-only: there is no update or delete; a correction is a new annotation. A session can be
 * annotated while it is recording and after it finished.
 *
 * <p>Thread contract: any thread, but {@link #annotate} writes to the database, so a UI calls it
 * from a background executor, never from the FX thread.
 */
public interface SessionAnnotations {

  /**
   * Appends an annotation of {@code kind} at {@code atNanos} (session time) to session {@code id},
   * stamped with the current wall-clock time.
   *
   * @return the stored annotation
   * @throws IllegalArgumentException if the kind is {@link AnnotationKind#GAP}, the text is empty
   *     for a kind that {@linkplain AnnotationKind#needsText() needs text}, or the time is before
   *     the session start or (for a finished session) after its last sample
   * @throws dev.pitwall.core.session.StoreException if there is no such session or it cannot be
   *     written
   */
  Annotation annotate(long id, AnnotationKind kind, long atNanos, String text, String author);

  /**
   * Appends annotations exactly as given (author and creation time included), e.g. when importing a
   * session export. Gaps are accepted here.
   *
   * @throws dev.pitwall.core.session.StoreException if there is no such session
   */
  void append(long id, List<Annotation> annotations);

  /** Every event of session {@code id} (annotations and gaps) in time order; empty if unknown. */
  List<Annotation> annotations(long id);
}

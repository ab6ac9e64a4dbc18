package dev.pitwall.storage.export;

import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.annotation.AnnotationText;
import dev.pitwall.core.session.annotation.SessionAnnotations;
import java.util.stream.Collectors;

/**
 * A session's annotations (notes, markers, pit stops, flags, setup changes, gaps) in the export
 * files, one {@link AnnotationText} line each: the Parquet footer key {@link
 * AnnotationText#PARQUET_KEY} and {@code # event=...} lines at the top of a CSV. A store without
 * annotations exports none.
 */
final class AnnotationLines {
  private AnnotationLines() {}

  static String of(SessionStore store, long sessionId, String separator) {
    if (!(store instanceof SessionAnnotations annotations)) {
      return "";
    }
    return annotations.annotations(sessionId).stream()
        .map(AnnotationText::format)
        .collect(Collectors.joining(separator));
  }

  /** {@code # event=...} lines, each ending in a newline; "" when there are none. */
  static String csvComments(SessionStore store, long sessionId) {
    String lines = of(store, sessionId, "\n# " + AnnotationText.CSV_KEY + "=");
    return lines.isEmpty() ? "" : "# " + AnnotationText.CSV_KEY + "=" + lines + "\n";
  }
}

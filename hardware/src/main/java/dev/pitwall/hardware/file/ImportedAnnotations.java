package dev.pitwall.hardware.file;

import dev.pitwall.core.session.annotation.Annotation;
import dev.pitwall.core.session.annotation.AnnotationText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The annotation lines of a PitWall export (CSV {@code # event=} lines, Parquet footer key). */
final class ImportedAnnotations {
  private ImportedAnnotations() {}

  /**
   * @param lines {@link AnnotationText} lines separated by newlines ("" for none)
   * @throws ImportException naming the file, the event's position and what is wrong
   */
  static List<Annotation> parse(Path file, String lines) {
    List<Annotation> out = new ArrayList<>();
    int n = 0;
    for (String line : lines.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      n++;
      try {
        out.add(AnnotationText.parse(line));
      } catch (RuntimeException e) {
        throw ImportException.ofFile(file, "event " + n + " '" + line + "': " + e.getMessage());
      }
    }
    return out;
  }
}

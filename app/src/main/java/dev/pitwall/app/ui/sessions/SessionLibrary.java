package dev.pitwall.app.ui.sessions;

import dev.pitwall.core.session.catalog.CatalogEntry;
import dev.pitwall.core.session.catalog.SessionQuery;
import java.nio.file.Path;
import java.util.List;

/**
 * What the session browser does with the stored sessions. Implemented by the composition root over
 * the session store; tests may use the same implementation on a real H2 file.
 *
 * <p>Thread contract: every method blocks (database and file I/O) and is called on a background
 * executor, never on the FX thread. Failures are runtime exceptions whose first message line is
 * shown to the user as it is, so it must name the session or file and what is wrong.
 */
public interface SessionLibrary {

  /** Sessions matching {@code query}, newest first. */
  List<CatalogEntry> search(SessionQuery query);

  /** Gives session {@code id} a title; blank removes it. */
  void rename(long id, String title);

  /** Deletes session {@code id} with all its samples and laps. */
  void delete(long id);

  /**
   * Imports a telemetry file as a new session, its format detected from the content.
   *
   * @throws RuntimeException whose message names the file and the line or byte offset when the file
   *     is bad (nothing is stored then)
   */
  Imported importFile(Path file);

  /** Writes session {@code id} to {@code out}; returns one line saying what was written. */
  String export(long id, ExportFormat format, double rateHz, Path out);

  /**
   * Closes the INTERRUPTED or FAILED session {@code id} as COMPLETED, its laps recomputed from the
   * raw samples; returns one line for the user.
   *
   * @throws RuntimeException naming the session when it cannot be closed (e.g. it is COMPLETED)
   */
  default String closeInterrupted(long id) {
    throw new UnsupportedOperationException("this session library cannot close sessions");
  }

  /** What an import stored; {@code message} is one line for the user. */
  record Imported(long sessionId, String message) {}

  /** The export formats; {@code extension} without the dot. */
  enum ExportFormat {
    CSV("csv", "CSV (one column per channel)"),
    PARQUET("parquet", "Apache Parquet (every sample)");

    private final String extension;
    private final String label;

    ExportFormat(String extension, String label) {
      this.extension = extension;
      this.label = label;
    }

    public String extension() {
      return extension;
    }

    @Override
    public String toString() {
      return label;
    }
  }
}

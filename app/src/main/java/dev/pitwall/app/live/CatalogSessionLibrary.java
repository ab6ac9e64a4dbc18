package dev.pitwall.app.live;

import dev.pitwall.app.ui.sessions.SessionLibrary;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.core.session.catalog.CatalogEntry;
import dev.pitwall.core.session.catalog.SessionCatalog;
import dev.pitwall.core.session.catalog.SessionQuery;
import dev.pitwall.hardware.file.SessionFileReader;
import dev.pitwall.storage.export.CsvSessionExporter;
import dev.pitwall.storage.export.ParquetSessionExporter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The session browser's {@link SessionLibrary} over the window's session store: search, rename and
 * delete through its {@link SessionCatalog}, import through the {@link SessionImporter} the CLI
 * uses, export through the storage exporters.
 *
 * <p>Thread contract: as {@link SessionLibrary} (background threads); the store's reads are safe
 * from any thread and every import opens its own recording.
 */
public final class CatalogSessionLibrary implements SessionLibrary {
  private final SessionStore store;
  private final SessionImporter importer = new SessionImporter(new SessionFileReader());

  public CatalogSessionLibrary(SessionStore store) {
    this.store = store;
  }

  private SessionCatalog catalog() {
    if (store instanceof SessionCatalog c) {
      return c;
    }
    throw new StoreException("this session store cannot search, rename or delete sessions");
  }

  @Override
  public List<CatalogEntry> search(SessionQuery query) {
    return catalog().search(query);
  }

  @Override
  public void rename(long id, String title) {
    catalog().rename(id, title);
  }

  @Override
  public void delete(long id) {
    catalog().delete(id);
  }

  @Override
  public Imported importFile(Path file) {
    SessionImporter.Result r = importer.importFile(store, file, null);
    return new Imported(
        r.sessionId(),
        String.format(
            Locale.ROOT,
            "Imported %s (%s) as session %d: %d channels, %,d samples, %d lap%s%s",
            file.getFileName(),
            r.format().id(),
            r.sessionId(),
            r.channels(),
            r.samples(),
            r.laps(),
            r.laps() == 1 ? "" : "s",
            r.lapsDetected() ? " (detected)" : ""));
  }

  @Override
  public String closeInterrupted(long id) {
    SessionCloser.Result r = new SessionCloser().close(store, id);
    return String.format(
        Locale.ROOT,
        "Session %d closed as COMPLETED: %d lap%s (%s)",
        id,
        r.laps(),
        r.laps() == 1 ? "" : "s",
        r.recomputed() ? "recomputed from the samples" : "as recorded: no lap channels");
  }

  @Override
  public String export(long id, ExportFormat format, double rateHz, Path out) {
    if (store.session(id).isEmpty()) {
      throw new StoreException("no session " + id + " in this database");
    }
    String what =
        switch (format) {
          case CSV ->
              String.format(
                  Locale.ROOT,
                  "%,d rows%s",
                  new CsvSessionExporter().export(store, id, out, rateHz),
                  rateHz > 0 ? String.format(Locale.ROOT, " at %s Hz", trim(rateHz)) : "");
          case PARQUET ->
              String.format(
                  Locale.ROOT, "%,d samples", new ParquetSessionExporter().export(store, id, out));
        };
    return "Exported session " + id + " to " + out + ": " + what;
  }

  private static String trim(double hz) {
    return hz == Math.rint(hz) ? String.valueOf((long) hz) : String.valueOf(hz);
  }
}

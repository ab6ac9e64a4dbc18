package dev.pitwall.app.live;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.annotation.SessionAnnotations;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.hardware.file.FileFormat;
import dev.pitwall.hardware.file.ImportedSession;
import dev.pitwall.hardware.file.SessionFileReader;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports a file as a session like a recorded one: the whole file is parsed first (a bad file
 * stores nothing), then its channels are appended through the {@link SessionStore} port in chunks
 * and its laps stored — the laps the file states, or else the laps {@link ImportLapFinder} detects.
 *
 * <p>Thread contract: call from a background thread (imports take seconds for big files); one call
 * uses one {@link SessionRecording} from start to end.
 */
public final class SessionImporter {
  private static final int CHUNK_SAMPLES = 4096;

  private final SessionFileReader reader;
  private final ImportLapFinder lapFinder = new ImportLapFinder();

  public SessionImporter(SessionFileReader reader) {
    this.reader = reader;
  }

  /**
   * What an import stored.
   *
   * @param notes what the file held that was skipped, with counts (e.g. unknown CAN ids)
   */
  public record Result(
      long sessionId,
      FileFormat format,
      int channels,
      long samples,
      int laps,
      boolean lapsDetected,
      List<String> notes) {}

  /**
   * @param format null to detect it from the file
   * @throws dev.pitwall.hardware.file.ImportException when the file is bad (nothing stored)
   * @throws dev.pitwall.core.session.StoreException when storing fails (the session is marked
   *     FAILED, what was written stays readable)
   */
  public Result importFile(SessionStore store, Path file, FileFormat format) {
    return importFile(store, file, format, null);
  }

  /**
   * As {@link #importFile(SessionStore, Path, FileFormat)}, with the DBC file that decodes a
   * candump log (null for other formats).
   */
  public Result importFile(SessionStore store, Path file, FileFormat format, Path dbc) {
    ImportedSession imported = reader.read(file, format, dbc);
    List<Lap> laps = imported.laps();
    boolean detected = false;
    if (laps.isEmpty()) {
      laps = lapFinder.find(imported.channels());
      detected = !laps.isEmpty();
    }
    SessionRecording rec = store.startSession(imported.info());
    try {
      for (SampleBlock block : imported.channels()) {
        appendChunked(rec, block);
      }
      laps.forEach(rec::addLap);
      rec.finish(SessionStatus.COMPLETED);
    } catch (RuntimeException e) {
      rec.finish(SessionStatus.FAILED);
      throw e;
    }
    // after the samples are safe: annotations are appended events beside them
    if (store instanceof SessionAnnotations notes && !imported.annotations().isEmpty()) {
      notes.append(rec.sessionId(), imported.annotations());
    }
    return new Result(
        rec.sessionId(),
        imported.format(),
        imported.channels().size(),
        imported.samples(),
        laps.size(),
        detected,
        imported.notes());
  }

  private static void appendChunked(SessionRecording rec, SampleBlock block) {
    long[] t = block.times();
    double[] v = block.values();
    for (int from = 0; from < t.length; from += CHUNK_SAMPLES) {
      int n = Math.min(CHUNK_SAMPLES, t.length - from);
      long[] ct = java.util.Arrays.copyOfRange(t, from, from + n);
      double[] cv = java.util.Arrays.copyOfRange(v, from, from + n);
      rec.append(new SampleBlock(block.channel(), ct, cv, n));
    }
  }
}

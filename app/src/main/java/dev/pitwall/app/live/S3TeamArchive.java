package dev.pitwall.app.live;

import dev.pitwall.app.ui.sessions.SessionLibrary;
import dev.pitwall.app.ui.sessions.TeamArchive;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.hardware.file.FileFormat;
import dev.pitwall.hardware.file.SessionFileReader;
import dev.pitwall.storage.archive.ArchiveQueue;
import dev.pitwall.storage.archive.ArchiveRemote;
import dev.pitwall.storage.archive.ArchiveSync;
import dev.pitwall.storage.archive.Manifest;
import dev.pitwall.storage.archive.S3Archive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The archive dialog's {@link TeamArchive} on S3 (or MinIO, Ceph, ...): the same queue, export
 * directory and import as {@code pitwall archive}, so the CLI and the window share one queue. The
 * remote URI (bucket, prefix, endpoint — never credentials) is remembered in a text file beside the
 * database.
 *
 * <p>Thread contract: background threads, one archive call at a time per database (the dialog
 * serialises them).
 */
public final class S3TeamArchive implements TeamArchive {
  private final SessionStore store;
  private final Path db;
  private final Path remoteFile;

  /**
   * @param db the database path without {@code .mv.db}, as the CLI's {@code --db}
   */
  public S3TeamArchive(SessionStore store, Path db) {
    this.store = store;
    this.db = db;
    this.remoteFile = db.resolveSibling(db.getFileName() + ".archive-remote");
  }

  @Override
  public String rememberedRemote() {
    try {
      return Files.isRegularFile(remoteFile)
          ? Files.readString(remoteFile, StandardCharsets.UTF_8).strip()
          : "";
    } catch (IOException e) {
      return "";
    }
  }

  private void remember(String remote) {
    try {
      Files.writeString(remoteFile, remote + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      // only a convenience: the user types the remote again next time
    }
  }

  @Override
  public List<ArchivedSession> list(String remote) {
    try (S3Archive archive = S3Archive.connect(ArchiveRemote.parse(remote))) {
      List<ArchivedSession> out = new ArrayList<>();
      for (Manifest m : archive.list()) {
        out.add(
            new ArchivedSession(
                m.sessionKey(),
                m.start(),
                m.track(),
                m.car(),
                m.driver(),
                m.samples(),
                m.laps(),
                m.dataBytes()));
      }
      remember(remote);
      return out;
    }
  }

  @Override
  public Outcome push(String remote, List<Long> ids) {
    ArchiveSync sync = new ArchiveSync(ArchiveQueue.besideDatabase(db), workDir());
    try (S3Archive archive = S3Archive.connect(ArchiveRemote.parse(remote))) {
      if (ids.isEmpty()) {
        sync.enqueueUnpushed(store, archive.remote());
      }
      ArchiveSync.Report r = sync.push(store, archive, ids);
      List<String> lines = new ArrayList<>();
      for (S3Archive.PushResult p : r.pushed()) {
        lines.add(
            String.format(
                Locale.ROOT,
                "%s %s (%,d bytes, %d parts sent, %d resumed)",
                p.alreadyArchived() ? "Already archived:" : "Pushed",
                p.sessionKey(),
                p.bytes(),
                p.partsSent(),
                p.partsReused()));
      }
      lines.addAll(r.problems());
      if (!r.stillQueued().isEmpty()) {
        lines.add(r.stillQueued().size() + " session(s) queued for the next push");
      }
      if (lines.isEmpty()) {
        lines.add("Nothing to push: every finished session is in the archive");
      }
      remember(remote);
      return new Outcome(lines, r.problems().isEmpty());
    }
  }

  @Override
  public SessionLibrary.Imported pull(String remote, String sessionKey) {
    try (S3Archive archive = S3Archive.connect(ArchiveRemote.parse(remote))) {
      Path file = archive.pull(sessionKey, workDir());
      SessionImporter.Result r =
          new SessionImporter(new SessionFileReader()).importFile(store, file, FileFormat.PARQUET);
      return new SessionLibrary.Imported(
          r.sessionId(),
          String.format(
              Locale.ROOT,
              "Pulled %s as session %d: %,d samples, %d laps",
              sessionKey,
              r.sessionId(),
              r.samples(),
              r.laps()));
    }
  }

  /** Exports waiting for upload and pulled files live beside the database (as the CLI's). */
  private Path workDir() {
    return db.resolveSibling(db.getFileName() + ".archive");
  }
}

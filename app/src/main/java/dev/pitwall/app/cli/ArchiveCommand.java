package dev.pitwall.app.cli;

import dev.pitwall.app.live.SessionImporter;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.hardware.file.FileFormat;
import dev.pitwall.hardware.file.SessionFileReader;
import dev.pitwall.storage.archive.ArchiveException;
import dev.pitwall.storage.archive.ArchiveQueue;
import dev.pitwall.storage.archive.ArchiveRemote;
import dev.pitwall.storage.archive.ArchiveSync;
import dev.pitwall.storage.archive.Manifest;
import dev.pitwall.storage.archive.S3Archive;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code pitwall archive push|pull|list --remote s3://BUCKET/PREFIX?endpoint=URL}. Credentials come
 * from the environment ({@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}) or {@code
 * AWS_PROFILE}; PitWall never stores them.
 */
@Command(
    name = "archive",
    description = "Team archive on an S3-compatible store: push, pull or list sessions.")
final class ArchiveCommand implements Callable<Integer> {
  @ParentCommand PitwallCommand root;
  @Mixin DatabaseOption database;

  @Parameters(index = "0", paramLabel = "ACTION", description = "push, pull or list.")
  String action;

  @Parameters(
      index = "1..*",
      paramLabel = "SESSION",
      description =
          "push: local session ids (default: every finished session not yet pushed); pull: archive"
              + " session keys (see 'archive list').")
  List<String> sessions = new ArrayList<>();

  @Option(
      names = "--remote",
      required = true,
      paramLabel = "URL",
      description = "s3://BUCKET/PREFIX?endpoint=URL (endpoint for MinIO/Ceph/...; none = AWS).")
  String remoteText;

  @Override
  public Integer call() {
    ArchiveRemote remote;
    try {
      remote = ArchiveRemote.parse(remoteText);
    } catch (ArchiveException e) {
      throw new CliFailure(e.getMessage());
    }
    PrintWriter out = root.out();
    try (S3Archive archive = S3Archive.connect(remote)) {
      int code =
          switch (action) {
            case "push" -> push(archive, out);
            case "pull" -> pull(archive, out);
            case "list" -> list(archive, out);
            default ->
                throw new CliFailure("unknown archive action '" + action + "' (push, pull, list)");
          };
      out.flush();
      return code;
    } catch (ArchiveException e) {
      throw new CliFailure(e.getMessage());
    }
  }

  private int push(S3Archive archive, PrintWriter out) {
    Path db = database.path();
    ArchiveSync sync = new ArchiveSync(ArchiveQueue.besideDatabase(db), exportDir(db));
    try (SessionStore store = root.services().openStore(db)) {
      List<Long> ids = new ArrayList<>();
      for (String s : sessions) {
        long id = parseId(s);
        root.requireSession(store, id);
        ids.add(id);
      }
      if (ids.isEmpty()) {
        sync.enqueueUnpushed(store, archive.remote());
      }
      ArchiveSync.Report r = sync.push(store, archive, ids);
      for (S3Archive.PushResult p : r.pushed()) {
        out.printf(
            "%s %s (%d bytes, %d parts sent, %d resumed)%n",
            p.alreadyArchived() ? "already archived" : "pushed",
            p.sessionKey(),
            p.bytes(),
            p.partsSent(),
            p.partsReused());
      }
      r.problems().forEach(p -> root.spec.commandLine().getErr().println("pitwall: " + p));
      if (!r.stillQueued().isEmpty()) {
        out.printf(
            "%d session(s) queued for the next push: %s%n",
            r.stillQueued().size(), r.stillQueued());
      }
      return r.problems().isEmpty() ? 0 : 1;
    }
  }

  private int pull(S3Archive archive, PrintWriter out) {
    if (sessions.isEmpty()) {
      throw new CliFailure("archive pull needs session keys (see 'pitwall archive list')");
    }
    Path db = database.path();
    SessionImporter importer = new SessionImporter(new SessionFileReader());
    try (SessionStore store = root.services().openStore(db)) {
      for (String key : sessions) {
        Path file = archive.pull(key, exportDir(db));
        SessionImporter.Result r = importer.importFile(store, file, FileFormat.PARQUET);
        out.printf(
            "pulled %s as session %d: %d samples, %d laps%n",
            key, r.sessionId(), r.samples(), r.laps());
      }
    }
    return 0;
  }

  private int list(S3Archive archive, PrintWriter out) {
    TextTable table =
        new TextTable("KEY", "START", "TRACK", "CAR", "DRIVER", "SAMPLES", "LAPS", "BYTES");
    for (Manifest m : archive.list()) {
      table.row(
          m.sessionKey(),
          m.start(),
          m.track(),
          m.car(),
          m.driver(),
          m.samples(),
          m.laps(),
          m.dataBytes());
    }
    table.print(out);
    return 0;
  }

  private static long parseId(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new CliFailure("'" + s + "' is not a session id");
    }
  }

  /** Exports waiting for upload and pulled files live beside the database, not in /tmp. */
  static Path exportDir(Path db) {
    return db.resolveSibling(db.getFileName() + ".archive");
  }
}

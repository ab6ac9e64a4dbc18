package dev.pitwall.app.cli;

import dev.pitwall.core.session.SessionStore;
import dev.pitwall.storage.archive.ArchiveException;
import dev.pitwall.storage.archive.ArchiveQueue;
import dev.pitwall.storage.archive.ArchiveRemote;
import dev.pitwall.storage.archive.ArchiveSync;
import dev.pitwall.storage.archive.S3Archive;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Pushes a just-recorded session to the team archive ({@code record --archive URL} or {@code
 * PITWALL_ARCHIVE}). The session is queued first, so when the archive cannot be reached (offline in
 * the paddock, wrong credentials) it stays queued and the next push, automatic or {@code pitwall
 * archive push}, sends it together with anything else still queued. A failed push never fails the
 * recording: the data is safe locally.
 */
final class AutoPush {
  /** Environment variable naming the archive remote every recording is pushed to. */
  static final String ENV = "PITWALL_ARCHIVE";

  private AutoPush() {}

  static void afterRecording(
      PitwallCommand root, Path db, long sessionId, String remoteText, PrintWriter out) {
    PrintWriter err = root.spec.commandLine().getErr();
    ArchiveRemote remote;
    try {
      remote = ArchiveRemote.parse(remoteText);
    } catch (ArchiveException e) {
      err.println("pitwall: archive not pushed: " + e.getMessage());
      err.flush();
      return;
    }
    ArchiveQueue queue = ArchiveQueue.besideDatabase(db);
    queue.enqueue(remote, sessionId);
    ArchiveSync sync = new ArchiveSync(queue, ArchiveCommand.exportDir(db));
    try (S3Archive archive = S3Archive.connect(remote);
        SessionStore store = root.services().openStore(db)) {
      ArchiveSync.Report r = sync.push(store, archive, List.of());
      r.pushed().forEach(p -> out.printf("archived %s (%d bytes)%n", p.sessionKey(), p.bytes()));
      r.problems().forEach(p -> err.println("pitwall: " + p));
      if (!r.stillQueued().isEmpty()) {
        out.printf("queued for the next archive push: %s%n", r.stillQueued());
      }
    } catch (ArchiveException e) {
      err.println("pitwall: " + e.getMessage());
      out.printf("queued for the next archive push: %s%n", queue.queued(remote));
    }
    out.flush();
    err.flush();
  }
}

package dev.pitwall.storage.archive;

import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Pushes queued sessions to the archive. Sessions are queued first and leave the queue only when
 * the archive has them, so a session recorded offline (or a push that failed half-way) is pushed by
 * the next sync that reaches the store, resuming its upload. An unreachable store, refused
 * credentials or a missing bucket stop the sync (the rest stays queued); a problem with one session
 * is reported and the others continue.
 *
 * <p>Thread contract: run on a background executor, one sync per database at a time.
 */
public final class ArchiveSync {
  private final ArchiveQueue queue;
  private final Path workDir;

  public ArchiveSync(ArchiveQueue queue, Path workDir) {
    this.queue = queue;
    this.workDir = workDir;
  }

  /** What a sync did; {@code problem} is empty when every queued session went. */
  public record Report(
      List<S3Archive.PushResult> pushed, List<Long> stillQueued, List<String> problems) {}

  /** Queues every finished session not yet pushed to this archive. */
  public void enqueueUnpushed(SessionStore store, ArchiveRemote remote) {
    for (SessionSummary s : store.sessions()) {
      if (s.status() != SessionStatus.RECORDING && !queue.isPushed(remote, s.id())) {
        queue.enqueue(remote, s.id());
      }
    }
  }

  public Report push(SessionStore store, S3Archive archive, Collection<Long> add) {
    ArchiveRemote remote = archive.remote();
    add.forEach(id -> queue.enqueue(remote, id));
    List<S3Archive.PushResult> pushed = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (long id : queue.queued(remote)) {
      Optional<SessionSummary> s = store.session(id);
      if (s.isEmpty()) {
        queue.drop(remote, id);
        problems.add("session " + id + " no longer exists; dropped from the queue");
        continue;
      }
      if (s.get().status() == SessionStatus.RECORDING) {
        continue; // still being written: pushed by a later sync
      }
      try {
        S3Archive.PushResult r = archive.push(store, id, workDir);
        queue.markPushed(remote, id, r.sessionKey());
        pushed.add(r);
      } catch (ArchiveException e) {
        problems.add(e.getMessage());
        if (e.getKind() != ArchiveException.Kind.STORE
            && e.getKind() != ArchiveException.Kind.CONFIG) {
          break; // the archive as a whole is out of reach: keep everything queued
        }
      }
    }
    return new Report(pushed, queue.queued(remote), problems);
  }
}

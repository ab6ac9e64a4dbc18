package dev.pitwall.storage.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which local sessions still have to go to which archive, and which already went: a small text file
 * beside the session database ({@code pitwall.archive-queue}), one {@code queued REMOTE ID} or
 * {@code pushed REMOTE ID KEY} per line. Holds no credentials (remotes are bucket/prefix/endpoint
 * only). Rewritten atomically on every change, so a crash never loses the queue.
 *
 * <p>Thread contract: one archive job at a time per database (callers serialise).
 */
public final class ArchiveQueue {
  private final Path file;

  public ArchiveQueue(Path file) {
    this.file = file;
  }

  /** The queue file for a database path (without {@code .mv.db}). */
  public static ArchiveQueue besideDatabase(Path db) {
    return new ArchiveQueue(db.resolveSibling(db.getFileName() + ".archive-queue"));
  }

  public synchronized void enqueue(ArchiveRemote remote, long sessionId) {
    Set<String> lines = read();
    if (!lines.contains(pushedPrefix(remote, sessionId)) && !isPushed(lines, remote, sessionId)) {
      lines.add(queued(remote, sessionId));
      write(lines);
    }
  }

  public synchronized List<Long> queued(ArchiveRemote remote) {
    List<Long> out = new ArrayList<>();
    String prefix = "queued\t" + id(remote) + "\t";
    for (String l : read()) {
      if (l.startsWith(prefix)) {
        out.add(Long.parseLong(l.substring(prefix.length())));
      }
    }
    return out;
  }

  public synchronized boolean isPushed(ArchiveRemote remote, long sessionId) {
    return isPushed(read(), remote, sessionId);
  }

  public synchronized void markPushed(ArchiveRemote remote, long sessionId, String key) {
    Set<String> lines = read();
    lines.remove(queued(remote, sessionId));
    lines.add(pushedPrefix(remote, sessionId) + key);
    write(lines);
  }

  public synchronized void drop(ArchiveRemote remote, long sessionId) {
    Set<String> lines = read();
    if (lines.remove(queued(remote, sessionId))) {
      write(lines);
    }
  }

  private static boolean isPushed(Set<String> lines, ArchiveRemote remote, long sessionId) {
    String p = pushedPrefix(remote, sessionId);
    return lines.stream().anyMatch(l -> l.startsWith(p));
  }

  private static String queued(ArchiveRemote remote, long id) {
    return "queued\t" + id(remote) + "\t" + id;
  }

  private static String pushedPrefix(ArchiveRemote remote, long id) {
    return "pushed\t" + id(remote) + "\t" + id + "\t";
  }

  private static String id(ArchiveRemote r) {
    return "s3://" + r.bucket() + "/" + r.prefix() + r.endpoint().map(e -> "@" + e).orElse("");
  }

  private Set<String> read() {
    try {
      return Files.exists(file)
          ? new LinkedHashSet<>(Files.readAllLines(file, StandardCharsets.UTF_8))
          : new LinkedHashSet<>();
    } catch (IOException e) {
      throw new ArchiveException(
          ArchiveException.Kind.CONFIG, "cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private void write(Set<String> lines) {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.write(tmp, lines, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new ArchiveException(
          ArchiveException.Kind.CONFIG, "cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}

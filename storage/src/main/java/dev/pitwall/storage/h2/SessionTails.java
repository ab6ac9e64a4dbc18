package dev.pitwall.storage.h2;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The write-ahead tails of one store's recordings: where their {@link TailLog} files live ({@code
 * NAME.session-ID.tail} beside {@code NAME.mv.db}; none for an in-memory store) and the {@link
 * LiveTail} of each session being recorded, for window reads. Thread-safe.
 */
final class SessionTails {
  private static final String SUFFIX = ".tail";
  private final Path dir; // null: in-memory store, nothing to make durable
  private final String prefix;
  private final char[] password; // null unless the database is encrypted
  private final ConcurrentHashMap<Long, LiveTail> live = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Long, TailLog> logs = new ConcurrentHashMap<>(); // open ones

  private SessionTails(Path dir, String base, char[] password) {
    this.dir = dir;
    this.prefix = base + ".session-";
    this.password = password;
  }

  static SessionTails inMemory() {
    return new SessionTails(null, "", null);
  }

  /** Tails of the database {@code base} ({@code NAME} of {@code NAME.mv.db}) in {@code dir}. */
  static SessionTails beside(Path dir, String base, char[] password) {
    return new SessionTails(dir, base, password == null ? null : password.clone());
  }

  /** A fresh log for session {@code id}, or null for an in-memory store. */
  TailLog create(long id) throws IOException {
    if (dir == null) {
      return null;
    }
    TailLog log = TailLog.create(file(id), password);
    logs.put(id, log);
    return log;
  }

  /**
   * Closes the logs of recordings still open when the store closes (their files stay, to be
   * replayed on the next open; an open handle would keep Windows from deleting them then).
   */
  void closeAll() {
    for (TailLog log : logs.values()) {
      try {
        log.close();
      } catch (IOException e) {
        // closing the store anyway: the file is replayed on the next open
      }
    }
    logs.clear();
  }

  Path file(long id) {
    return dir.resolve(prefix + id + SUFFIX);
  }

  char[] password() {
    return password;
  }

  /** Sessions with a log file left (a process that died, or a finish that failed). */
  List<Long> logged() throws IOException {
    List<Long> ids = new ArrayList<>();
    if (dir == null) {
      return ids;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, prefix + "*" + SUFFIX)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        String id = name.substring(prefix.length(), name.length() - SUFFIX.length());
        try {
          ids.add(Long.parseLong(id));
        } catch (NumberFormatException e) {
          // not one of ours (a user's file that happens to match): leave it alone
        }
      }
    }
    return ids;
  }

  LiveTail register(long id) {
    LiveTail t = new LiveTail();
    live.put(id, t);
    return t;
  }

  void unregister(long id) {
    live.remove(id);
    logs.remove(id);
  }

  /** The live tail of session {@code id}, or null if it is not being recorded in this store. */
  LiveTail live(long id) {
    return live.get(id);
  }
}

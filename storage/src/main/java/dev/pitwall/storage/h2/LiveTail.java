package dev.pitwall.storage.h2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * What a recording committed since its last checkpoint, for window reads of the session while it is
 * recorded: the database holds the session as of the checkpoint, these pieces the rest.
 *
 * <p>Threads: the recording's writer thread adds and clears under the write lock; readers hold the
 * read lock across their database query and {@link #addTo}, so a checkpoint (which commits to the
 * database and clears the pieces under the write lock) never makes a read see samples twice or not
 * at all.
 */
final class LiveTail {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<Long, List<TailPiece>> pieces = new HashMap<>(); // guarded by lock

  ReentrantReadWriteLock.ReadLock readLock() {
    return lock.readLock();
  }

  ReentrantReadWriteLock.WriteLock writeLock() {
    return lock.writeLock();
  }

  /** Writer thread, holding the write lock. */
  void add(List<TailPiece> committed) {
    for (TailPiece p : committed) {
      pieces.computeIfAbsent(p.channelId(), k -> new ArrayList<>()).add(p);
    }
  }

  /** Writer thread, holding the write lock, right after a checkpoint committed. */
  void clear() {
    pieces.clear();
  }

  /** Reader, holding the read lock: adds the channel's pieces inside the window. */
  void addTo(long channelId, WindowCollector window) {
    for (TailPiece p : pieces.getOrDefault(channelId, List.of())) {
      window.add(p.times(), p.values(), p.size());
    }
  }
}

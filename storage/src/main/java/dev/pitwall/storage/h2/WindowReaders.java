package dev.pitwall.storage.h2;

import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Window reads of {@link H2SessionStore} on a small pool of their own connections, so a replay seek
 * never waits behind another read (a session analysis reading whole channels, a second replay):
 * H2's MVStore serves readers on different connections concurrently. All readers share one {@link
 * ReadCache}.
 *
 * <p>Threads: {@link #read} from any thread, up to {@link #MAX_READERS} at once (more wait for a
 * free connection). {@link #forgetCached} and {@link #close} wait for reads in flight (a read and
 * its caching of a session that is being deleted finish before the cache is emptied), then run
 * alone: after {@code forgetCached} returns no read can add anything of the deleted session.
 */
final class WindowReaders implements AutoCloseable {
  /** Replay, analysis and a catalogue/report job reading at the same time. */
  static final int MAX_READERS = 4;

  private final DataSource dataSource;
  private final String name;
  private final ReadCache cache =
      new ReadCache(Long.getLong("pitwall.h2.chunkCacheSamples", ReadCache.MAX_CHUNK_SAMPLES));
  private final AtomicLong chunksDecoded = new AtomicLong();
  // read lock: a window read; write lock: emptying the cache or closing
  private final ReentrantReadWriteLock exclusive = new ReentrantReadWriteLock();
  private final ArrayDeque<H2WindowReader> idle = new ArrayDeque<>(); // guarded by this
  private final List<H2WindowReader> all = new ArrayList<>(); // guarded by this
  private boolean closed; // guarded by this
  private volatile Consumer<Channel> duringRead = c -> {};

  WindowReaders(DataSource dataSource, String name) {
    this.dataSource = dataSource;
    this.name = name;
  }

  /** Samples of {@code channel} in [from, to), in time order. */
  SampleBlock read(long sessionId, Channel channel, long fromNanos, long toNanos)
      throws SQLException, InterruptedException {
    exclusive.readLock().lock();
    try {
      H2WindowReader reader = borrow();
      try {
        duringRead.accept(channel);
        return reader.read(sessionId, channel, fromNanos, toNanos);
      } finally {
        giveBack(reader);
      }
    } finally {
      exclusive.readLock().unlock();
    }
  }

  /** Tests: runs on the reading thread while it holds its connection. */
  void duringRead(Consumer<Channel> hook) {
    this.duringRead = hook;
  }

  long chunksDecoded() {
    return chunksDecoded.get();
  }

  /**
   * Drops everything cached (a session was deleted, continued or closed), after reads in flight.
   */
  void forgetCached() {
    exclusive.writeLock().lock();
    try {
      cache.forgetAll();
    } finally {
      exclusive.writeLock().unlock();
    }
  }

  /** Closes every connection, after reads in flight; reads from now on fail. */
  @Override
  public void close() {
    exclusive.writeLock().lock();
    try {
      synchronized (this) {
        closed = true;
        for (H2WindowReader r : all) {
          r.close();
        }
        all.clear();
        idle.clear();
        notifyAll();
      }
      cache.forgetAll();
    } finally {
      exclusive.writeLock().unlock();
    }
  }

  private synchronized H2WindowReader borrow() throws SQLException, InterruptedException {
    while (true) {
      if (closed) {
        throw new SQLException("database " + name + " is closed");
      }
      if (!idle.isEmpty()) {
        return idle.pop();
      }
      if (all.size() < MAX_READERS) {
        H2WindowReader r = new H2WindowReader(dataSource.getConnection(), cache, chunksDecoded);
        all.add(r);
        return r;
      }
      wait();
    }
  }

  private synchronized void giveBack(H2WindowReader reader) {
    if (!closed) {
      idle.push(reader);
      notifyAll();
    }
  }
}

package dev.pitwall.storage.h2;

import dev.pitwall.core.session.ChannelSummary;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.core.session.annotation.Annotation;
import dev.pitwall.core.session.annotation.AnnotationKind;
import dev.pitwall.core.session.annotation.SessionAnnotations;
import dev.pitwall.core.session.catalog.CatalogEntry;
import dev.pitwall.core.session.catalog.SessionCatalog;
import dev.pitwall.core.session.catalog.SessionQuery;
import dev.pitwall.core.session.recovery.Continuation;
import dev.pitwall.core.session.recovery.InterruptedSessions;
import dev.pitwall.core.session.recovery.SessionEvent;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcDataSource;

/**
 * {@link SessionStore} in an embedded H2 database: a file ({@link #open(Path)}) or memory ({@link
 * #inMemory()}, for tests).
 *
 * <p>Durability: H2's {@code WRITE_DELAY} from {@link H2StoreOptions} (default in {@link
 * H2StoreOptions#defaults()}, see ADR 0201): after a kill -9 at most the write delay plus one
 * recorder commit interval is lost. Opening recovers: sessions still RECORDING become INTERRUPTED
 * and their open chunks are sealed. Schema changes run through {@link H2Migrations}; samples are
 * stored as columnar chunks with a time index (ADR 0201). Also a {@link SessionCatalog} and {@link
 * InterruptedSessions} (continue or close a session that did not end normally).
 *
 * <p>Threads: every method may be called from any thread. Window reads ({@link #read}) run on a
 * small pool of their own connections ({@link WindowReaders}), so a replay seek never queues behind
 * another read; the other reads are serialised on one connection. Each {@link SessionRecording} has
 * its own connection and a single writer thread. Close the store after stopping its recorders:
 * closing shuts the database down.
 */
public final class H2SessionStore
    implements SessionStore, SessionCatalog, InterruptedSessions, SessionAnnotations {
  /** Files open in this JVM: H2 would silently share them, PitWall wants one store per file. */
  private static final Set<Path> OPEN_FILES = ConcurrentHashMap.newKeySet();

  private static final AtomicLong MEMORY_IDS = new AtomicLong();
  // on close H2 moves live pages to the front of the file and truncates it, for at most this long
  // (H2's default is 200 ms): a session written faster than MVStore's 45 s retention time leaves
  // its superseded open chunks as dead space that only this reclaims
  private static final int CLOSE_COMPACT_MILLIS = 2000;

  private final String name;
  private final JdbcDataSource dataSource;
  private final Connection readConnection;
  private final H2SessionQueries queries;
  private final H2SessionCatalog catalog;
  private final WindowReaders windows;
  private final Path lockedFile;
  private volatile boolean closed;

  private H2SessionStore(String name, String url, Path lockedFile, char[] password)
      throws SQLException {
    this.name = name;
    this.lockedFile = lockedFile;
    this.dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setPasswordChars(password);
    this.readConnection = dataSource.getConnection();
    this.queries = new H2SessionQueries(readConnection);
    this.catalog = new H2SessionCatalog(readConnection, name);
    this.windows = new WindowReaders(dataSource, name);
  }

  /**
   * Opens (creating if needed) the database file {@code dbFile} ({@code /x/pitwall} or {@code
   * /x/pitwall.mv.db}) and recovers sessions of a process that died.
   *
   * @throws StoreException with a one-line message if the directory is not writable, the file is
   *     used by another PitWall, or it is corrupt or not a PitWall database
   */
  public static H2SessionStore open(Path dbFile) {
    return open(dbFile, H2StoreOptions.defaults());
  }

  /**
   * As {@link #open(Path)}, with encryption and write delay from {@code options}.
   *
   * @throws StoreException also when the password is wrong, missing for an encrypted file, or given
   *     for a file that is not encrypted
   */
  public static H2SessionStore open(Path dbFile, H2StoreOptions options) {
    Path requested = dbFile.toAbsolutePath().normalize();
    String fileName = requested.getFileName().toString();
    String base =
        fileName.endsWith(".mv.db") ? fileName.substring(0, fileName.length() - 6) : fileName;
    Path mvFile = requested.resolveSibling(base + ".mv.db");
    String name = mvFile.toString();
    H2FileChecks.checkWritable(requested, mvFile);
    if (!OPEN_FILES.add(mvFile)) {
      throw new StoreException(
          "database " + name + " is in use by another PitWall store in this process");
    }
    boolean existed = Files.exists(mvFile);
    if (existed) {
      H2FileChecks.checkEncryption(
          name, mvFile, options.encrypted(), () -> OPEN_FILES.remove(mvFile));
    }
    String url =
        "jdbc:h2:file:"
            + requested.resolveSibling(base)
            + ";WRITE_DELAY="
            + options.writeDelayMs()
            // no H2 trace file: errors reach the user as one-line messages through our own logging,
            // and an unwritable directory made H2 print stack traces about its .trace.db instead
            + ";TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME="
            + CLOSE_COMPACT_MILLIS
            + (options.encrypted() ? ";CIPHER=AES" : "");
    Path backup = mvFile.resolveSibling(base + ".before-migration.zip");
    return openOrRelease(name, url, mvFile, existed, options, backup);
  }

  /** A fresh private in-memory database, gone when the store is closed. */
  public static H2SessionStore inMemory() {
    String id = "pitwall-" + MEMORY_IDS.incrementAndGet() + "-" + ProcessHandle.current().pid();
    return openOrRelease(
        "in-memory database " + id,
        "jdbc:h2:mem:" + id,
        null,
        false,
        H2StoreOptions.defaults(),
        null);
  }

  private static H2SessionStore openOrRelease(
      String name,
      String url,
      Path lockedFile,
      boolean fileExisted,
      H2StoreOptions options,
      Path backup) {
    H2SessionStore store = null;
    try {
      store = new H2SessionStore(name, url, lockedFile, options.h2Password());
      H2Schema.prepare(store.readConnection, name, backup);
      H2FileChecks.recoverInterrupted(store.readConnection);
      return store;
    } catch (SQLException e) {
      release(store, lockedFile);
      throw H2Errors.onOpen(name, fileExisted, options.encrypted(), e);
    } catch (RuntimeException e) {
      release(store, lockedFile);
      throw e;
    }
  }

  private static void release(H2SessionStore store, Path lockedFile) {
    if (store != null) {
      store.close();
    } else if (lockedFile != null) {
      OPEN_FILES.remove(lockedFile);
    }
  }

  /** The database as shown to users: its file, or the in-memory name. */
  public String name() {
    return name;
  }

  @Override
  public SessionRecording startSession(SessionInfo info) {
    checkOpen();
    Connection c = null;
    try {
      c = dataSource.getConnection();
      long id = insertSession(c, info);
      return new H2SessionRecording(c, id, name);
    } catch (SQLException e) {
      closeQuietly(c);
      throw H2Errors.onUse("cannot start a session in " + name, e);
    }
  }

  private static long insertSession(Connection c, SessionInfo info) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO sessions(car, driver, track, source, start_epoch_s, start_nano, status)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      p.setString(1, info.car());
      p.setString(2, info.driver());
      p.setString(3, info.track());
      p.setString(4, info.source());
      p.setLong(5, info.start().getEpochSecond());
      p.setInt(6, info.start().getNano());
      p.setString(7, SessionStatus.RECORDING.name());
      p.executeUpdate();
      try (ResultSet keys = p.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  @Override
  public synchronized List<SessionSummary> sessions() {
    checkOpen();
    try {
      return queries.sessions();
    } catch (SQLException e) {
      throw H2Errors.onUse("cannot list the sessions in " + name, e);
    }
  }

  @Override
  public synchronized Optional<SessionSummary> session(long id) {
    checkOpen();
    try {
      return queries.session(id);
    } catch (SQLException e) {
      throw H2Errors.onUse("cannot read session " + id + " from " + name, e);
    }
  }

  @Override
  public synchronized List<Lap> laps(long sessionId) {
    checkOpen();
    try {
      return queries.laps(sessionId);
    } catch (SQLException e) {
      throw H2Errors.onUse("cannot read the laps of session " + sessionId + " from " + name, e);
    }
  }

  @Override
  public synchronized List<ChannelSummary> channels(long sessionId) {
    checkOpen();
    try {
      return queries.channels(sessionId);
    } catch (SQLException e) {
      throw H2Errors.onUse("cannot read the channels of session " + sessionId + " from " + name, e);
    }
  }

  @Override
  public SampleBlock read(long sessionId, Channel channel, long fromNanos, long toNanos) {
    checkOpen();
    String what = "cannot read " + channel.key() + " of session " + sessionId + " from " + name;
    try {
      return windows.read(sessionId, channel, fromNanos, toNanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException(what + ": interrupted while waiting for a free connection", e);
    } catch (SQLException e) {
      checkOpen(); // closed while waiting: say so

      throw H2Errors.onUse(what, e);
    } catch (IllegalArgumentException e) { // a chunk that does not decode
      throw new StoreException(what + ": stored chunk is corrupt: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized List<CatalogEntry> search(SessionQuery query) {
    checkOpen();
    try {
      return catalog.search(query);
    } catch (SQLException e) {
      throw H2Errors.onUse("cannot search the sessions in " + name, e);
    }
  }

  @Override
  public synchronized void rename(long id, String title) {
    checkOpen();
    try {
      catalog.rename(id, title);
    } catch (SQLException e) {
      throw H2Errors.onUse("cannot rename session " + id + " in " + name, e);
    }
  }

  @Override
  public synchronized void delete(long id) {
    checkOpen();
    try {
      catalog.delete(id);
      windows.forgetCached();
    } catch (SQLException e) {
      throw H2Errors.onUse("cannot delete session " + id + " from " + name, e);
    }
  }

  @Override
  public Continuation continueSession(long id, Instant now) {
    checkOpen();
    Continuation continuation = new H2SessionReopening(dataSource, name).continueSession(id, now);
    forgetCachedReads(); // the session was finished (cached); it grows again from now on
    return continuation;
  }

  @Override
  public void closeSession(long id, List<Lap> laps) {
    checkOpen();
    new H2SessionReopening(dataSource, name).closeSession(id, laps);
    forgetCachedReads(); // closing merged its chunks: cached time indexes name the old ones
  }

  private void forgetCachedReads() {
    windows.forgetCached();
  }

  @Override
  public synchronized List<SessionEvent> events(long id) {
    checkOpen();
    try {
      return new H2SessionRecovery(readConnection, name).events(id);
    } catch (SQLException e) {
      throw H2Errors.onUse("cannot read the events of session " + id + " from " + name, e);
    }
  }

  @Override
  public synchronized Annotation annotate(
      long id, AnnotationKind kind, long atNanos, String text, String author) {
    SessionSummary s =
        session(id).orElseThrow(() -> new StoreException("no session " + id + " in " + name));
    H2SessionAnnotations.check(s, kind, atNanos, text);
    Annotation a =
        new Annotation(kind, atNanos, atNanos, text.strip(), author, Optional.of(Instant.now()));
    append(id, List.of(a));
    return a;
  }

  @Override
  public synchronized void append(long id, List<Annotation> annotations) {
    if (session(id).isEmpty()) {
      throw new StoreException("no session " + id + " in " + name);
    }
    try {
      H2SessionAnnotations sql = new H2SessionAnnotations(readConnection);
      for (Annotation a : annotations) {
        sql.insert(id, a);
      }
    } catch (SQLException e) {
      throw H2Errors.onUse("cannot add an annotation to session " + id + " in " + name, e);
    }
  }

  @Override
  public synchronized List<Annotation> annotations(long id) {
    checkOpen();
    try {
      return new H2SessionAnnotations(readConnection).read(id);
    } catch (SQLException e) {
      throw H2Errors.onUse("cannot read the annotations of session " + id + " from " + name, e);
    }
  }

  /** Chunks decoded by reads of this store so far (tests of the time index). */
  /** Tests: a connection of its own to this database. */
  java.sql.Connection connect() throws SQLException {
    return dataSource.getConnection();
  }

  long chunksDecoded() {
    return windows.chunksDecoded();
  }

  /** Tests: {@code hook} runs inside every window read, on the reading thread. */
  void duringWindowRead(java.util.function.Consumer<Channel> hook) {
    windows.duringRead(hook);
  }

  /** Shuts the database down (recordings still open fail from now on) and releases the file. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    windows.close(); // waits for window reads in flight
    try (Connection c = readConnection;
        Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    } catch (SQLException e) {
      throw H2Errors.onUse("cannot close " + name, e);
    } finally {
      if (lockedFile != null) {
        OPEN_FILES.remove(lockedFile);
      }
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new StoreException("database " + name + " is closed");
    }
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // already failing; the original error is the one to report
      }
    }
  }
}

package dev.pitwall.storage.h2;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.recovery.Continuation;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * Continuing and closing an interrupted or failed session of an {@link H2SessionStore}, each on its
 * own connection and in one transaction ({@link H2SessionRecovery} holds the SQL). Any thread; the
 * continued recording then has a single writer.
 */
final class H2SessionReopening {
  private final DataSource dataSource;
  private final String name;

  H2SessionReopening(DataSource dataSource, String name) {
    this.dataSource = dataSource;
    this.name = name;
  }

  Continuation continueSession(long id, Instant now) {
    Connection c = null;
    try {
      c = dataSource.getConnection();
      c.setAutoCommit(false);
      H2SessionRecovery r = new H2SessionRecovery(c, name);
      r.claim(id, SessionStatus.RECORDING, "continued");
      r.sealOpenChunks(id);
      long last = r.lastDurableNanos(id);
      long resumeAt = r.resumeAt(id, last, now);
      r.addEvent(id, H2SessionRecovery.gap(last, resumeAt, now));
      var chunkers = r.restoreChunkers(id);
      var lastLaps = r.lastLapNumbers(id);
      c.commit();
      H2SessionRecording recording = new H2SessionRecording(c, id, name, chunkers);
      return new Continuation(new ShiftedRecording(recording, resumeAt, lastLaps), last, resumeAt);
    } catch (SQLException e) {
      rollbackAndClose(c);
      throw H2Errors.onUse("cannot continue session " + id + " in " + name, e);
    } catch (RuntimeException e) {
      rollbackAndClose(c);
      throw e;
    }
  }

  void closeSession(long id, List<Lap> laps) {
    Connection c = null;
    try {
      c = dataSource.getConnection();
      c.setAutoCommit(false);
      H2SessionRecovery r = new H2SessionRecovery(c, name);
      r.claim(id, SessionStatus.COMPLETED, "closed");
      r.sealOpenChunks(id);
      r.mergeChunks(id);
      if (laps != null) {
        r.replaceLaps(id, laps);
      }
      r.complete(id);
      c.commit();
      c.close();
    } catch (SQLException e) {
      rollbackAndClose(c);
      throw H2Errors.onUse("cannot close session " + id + " in " + name, e);
    } catch (RuntimeException e) {
      rollbackAndClose(c);
      throw e;
    }
  }

  private static void rollbackAndClose(Connection c) {
    if (c != null) {
      try {
        if (!c.isClosed()) {
          c.rollback();
        }
      } catch (SQLException ignored) {
        // already failing; the original error is the one to report
      }
      try {
        c.close();
      } catch (SQLException ignored) {
        // already failing; the original error is the one to report
      }
    }
  }
}

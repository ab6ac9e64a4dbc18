package dev.pitwall.storage.h2;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On open, before sessions of a dead process are marked INTERRUPTED: appends what each left {@link
 * TailLog} holds beyond the session's last checkpoint to the session's chunks, then deletes the
 * log. Pieces the database already holds (a checkpoint committed, the process died before emptying
 * the log) are skipped by sample count; a torn last record ends the log. One transaction per
 * session, on the store's own connection, before any recording exists.
 */
final class TailReplay {
  private static final Logger LOG = LoggerFactory.getLogger(TailReplay.class);

  private TailReplay() {}

  static void replayAll(Connection c, String databaseName, SessionTails tails)
      throws SQLException, IOException {
    for (long id : tails.logged()) {
      List<byte[]> records = TailLog.read(tails.file(id), tails.password());
      c.setAutoCommit(false);
      try {
        long added = replay(c, databaseName, id, records);
        c.commit();
        if (added > 0) {
          LOG.info(
              "{}: recovered {} samples of session {} from its tail log", databaseName, added, id);
        }
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
      java.nio.file.Files.deleteIfExists(tails.file(id));
    }
  }

  /** Appends the samples of {@code records} the session does not hold yet; returns how many. */
  private static long replay(Connection c, String databaseName, long id, List<byte[]> records)
      throws SQLException {
    H2SessionRecovery recovery = new H2SessionRecovery(c, databaseName);
    recovery.sealOpenChunks(id); // the open chunks as of the last checkpoint
    Map<Long, ChannelChunker> byId = new HashMap<>();
    for (ChannelChunker ch : recovery.restoreChunkers(id).values()) {
      byId.put(ch.channelId, ch);
    }
    ChunkRows rows = new ChunkRows(c, id);
    java.util.Set<ChannelChunker> touched = new java.util.HashSet<>();
    long added = 0;
    for (byte[] record : records) {
      List<TailPiece> pieces;
      try {
        pieces = TailPiece.decode(record);
      } catch (RuntimeException e) { // CRC matched but the body does not decode: stop here
        LOG.warn(
            "{}: tail log of session {} ends in a record that does not decode: {}",
            databaseName,
            id,
            e.getMessage());
        break;
      }
      for (TailPiece p : pieces) {
        ChannelChunker ch = byId.get(p.channelId());
        int n = ch == null ? 0 : append(ch, p, rows);
        if (n > 0) {
          added += n;
          touched.add(ch);
        }
      }
    }
    for (ChannelChunker ch : touched) {
      if (ch.size() > 0) {
        rows.seal(ch.take());
      }
      rows.updateTotals(ch.totals(null));
    }
    return added;
  }

  private static int append(ChannelChunker ch, TailPiece p, ChunkRows rows) throws SQLException {
    long skip = ch.count() - p.firstIndex(); // already in the database
    if (skip >= p.size()) {
      return 0;
    }
    int from = (int) Math.max(0, skip);
    int next = from;
    while (next < p.size()) {
      next = ch.fill(p.times(), p.values(), next, p.size());
      if (ch.isFull()) {
        rows.seal(ch.take());
      }
    }
    return p.size() - from;
  }
}

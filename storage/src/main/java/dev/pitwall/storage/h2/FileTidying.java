package dev.pitwall.storage.h2;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * Why: with WRITE_DELAY=0 H2 runs no background writer, so nothing tidies the file while a session
 * is recorded: each checkpoint leaves its superseded pages (open chunks, totals, the B-tree leaves
 * that got a sealed chunk) as dead space, and live pages scattered over half-dead MVStore chunks.
 * {@link #tidy} does what H2's background writer would: rewrite the live pages of chunks less than
 * 90% full that are older than MVStore's 45 s retention time, then move chunks down into free space
 * and truncate the file (MVStore forces the file to disk before it overwrites anything). H2 2.3 has
 * no SQL for either. Called on the recording's writer thread; MVStore locks internally.
 */
final class FileTidying {
  /**
   * Live bytes a checkpoint rewrites: H2's background writer also rewrites ~1 MB at a time; more (4
   * MB was tried) makes chunks too large for the holes dead chunks leave, so they go to the end of
   * the file and it grows in steps.
   */
  static final int CHECKPOINT_REWRITE_BYTES = 1024 * 1024;

  static final int CHECKPOINT_MOVE_BYTES = 4 * 1024 * 1024;

  /**
   * At the end of a session only chunks are moved down (and the file truncated): rewriting there
   * too put all live pages into new chunks whose old copies MVStore keeps for its retention time,
   * and H2's compaction on close did not reclaim them (10 min real time: 7.2 MB closed instead of
   * 3.8).
   */
  static final int FINISH_MOVE_BYTES = 16 * 1024 * 1024;

  private static final int FILL_RATE_PERCENT = 90; // as H2's own background writer

  private FileTidying() {}

  /** Rewrites (0: none) and moves at most so many bytes; nothing for an in-memory database. */
  static void tidy(Connection connection, int rewriteBytes, int moveBytes) throws SQLException {
    SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
    MVStore store = session.getDatabase().getStore().getMvStore();
    if (store.getFileStore() instanceof RandomAccessStore file) {
      if (rewriteBytes > 0) {
        store.compact(FILL_RATE_PERCENT, rewriteBytes);
      }
      file.compactMoveChunks(FILL_RATE_PERCENT, moveBytes, store);
    }
  }
}

package dev.pitwall.app.ui.sessions;

import java.util.List;

/**
 * The team archive as the archive dialog uses it: an S3-compatible remote named by a URI such as
 * {@code s3://BUCKET/PREFIX?endpoint=URL}. Credentials are never part of it: they come from the AWS
 * environment or profile when connecting.
 *
 * <p>Thread contract: every method blocks (network, database) and runs on a background executor.
 * Failures are runtime exceptions with a one-line message naming the remote and the cause.
 */
public interface TeamArchive {

  /** The remote used last on this database, or blank. */
  String rememberedRemote();

  /** Sessions in the archive at {@code remote}, and remembers the remote for next time. */
  List<ArchivedSession> list(String remote);

  /**
   * Pushes sessions (resumable, idempotent); an empty {@code ids} pushes every finished session not
   * yet in this archive. Problems with single sessions are reported in the outcome, not thrown.
   */
  Outcome push(String remote, List<Long> ids);

  /** Downloads an archived session, verifies it and imports it as a new local session. */
  SessionLibrary.Imported pull(String remote, String sessionKey);

  /** One archived session as its manifest describes it. */
  record ArchivedSession(
      String key,
      String start,
      String track,
      String car,
      String driver,
      long samples,
      int laps,
      long bytes) {}

  /** What a push did: one line per session, then problems; {@code ok} when there were none. */
  record Outcome(List<String> lines, boolean ok) {}
}

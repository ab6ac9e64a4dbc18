package dev.pitwall.core.session.catalog;

import java.util.List;

/**
 * Managing stored sessions: find, rename, delete. A {@link dev.pitwall.core.session.SessionStore}
 * that supports it implements this too ({@code store instanceof SessionCatalog}).
 *
 * <p>Thread contract: as the store's reads, safe from any thread.
 */
public interface SessionCatalog {

  /** Sessions matching every criterion of {@code query}, newest first. */
  List<CatalogEntry> search(SessionQuery query);

  /**
   * Gives session {@code id} a title shown in session lists; a blank title removes it.
   *
   * @throws dev.pitwall.core.session.StoreException if there is no such session
   */
  void rename(long id, String title);

  /**
   * Deletes session {@code id} with all its samples, laps and channels, in one transaction.
   *
   * @throws dev.pitwall.core.session.StoreException if there is no such session or it is being
   *     recorded
   */
  void delete(long id);
}

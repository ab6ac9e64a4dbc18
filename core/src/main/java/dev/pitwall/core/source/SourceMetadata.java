package dev.pitwall.core.source;

/**
 * What a source knows about the session it feeds; empty strings where it cannot tell.
 *
 * @param track a track name from {@code TrackCatalog} when known
 */
public record SourceMetadata(String car, String driver, String track) {
  public static final SourceMetadata UNKNOWN = new SourceMetadata("", "", "");
}

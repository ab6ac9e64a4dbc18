package dev.pitwall.app.ui.sources;

import dev.pitwall.core.source.SourceHealth;
import java.util.List;

/**
 * One source of a live session, as a row of the link-health panel shows it.
 *
 * @param label short name that prefixes its channels on a name clash ({@code sim}, {@code nmea},
 *     {@code candump2}); empty for the only source of a feed that does not name its sources
 * @param uri the source's URI
 * @param health its latest health snapshot
 * @param renames one line per channel of this source recorded under another name because another
 *     source already had the name
 */
public record SourceLink(String label, String uri, SourceHealth health, List<String> renames) {
  public SourceLink {
    renames = List.copyOf(renames);
  }
}

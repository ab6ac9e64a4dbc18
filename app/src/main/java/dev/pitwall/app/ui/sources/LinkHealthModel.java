package dev.pitwall.app.ui.sources;

import dev.pitwall.app.live.LinkRates;
import dev.pitwall.core.source.SourceHealth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The numbers of one row of the link-health panel: counters from the latest {@link SourceHealth}
 * snapshot and rates measured over about one second of pulse time. Pure (no JavaFX); fed once per
 * pulse on the FX thread.
 */
public final class LinkHealthModel {
  /** Column headers, in the order of {@link #cells()}. */
  public static final List<String> COLUMNS =
      List.of(
          "SOURCE",
          "STATE",
          "FRAMES/S",
          "SAMPLES/S",
          "BUS LOAD",
          "INVALID",
          "DECODE ERR",
          "UNKNOWN IDS",
          "ERROR FRAMES",
          "OVERRUNS",
          "RECONNECTS",
          "LAST ERROR");

  private static final long WINDOW_NANOS = 1_000_000_000L;
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  private String uri = "";
  private SourceHealth latest;
  private SourceHealth windowStart;
  private long windowStartNanos;
  private double framesPerS = Double.NaN;
  private double samplesPerS = Double.NaN;
  private long overruns;

  /**
   * Called with the pulse time, the source's snapshot and the samples dropped on the bus (-1 when
   * this row does not show them: overruns belong to the session, shown on its first row).
   */
  public void onPulse(long nowNanos, String sourceUri, SourceHealth health, long droppedSamples) {
    if (!sourceUri.equals(uri)) {
      uri = sourceUri; // a new source: rates start over
      windowStart = null;
      framesPerS = Double.NaN;
      samplesPerS = Double.NaN;
    }
    latest = health;
    overruns = droppedSamples;
    if (windowStart == null) {
      windowStart = health;
      windowStartNanos = nowNanos;
    } else if (nowNanos - windowStartNanos >= WINDOW_NANOS) {
      framesPerS = LinkRates.framesPerS(windowStart, health, nowNanos - windowStartNanos);
      samplesPerS = LinkRates.samplesPerS(windowStart, health, nowNanos - windowStartNanos);
      windowStart = health;
      windowStartNanos = nowNanos;
    }
  }

  public double framesPerS() {
    return framesPerS;
  }

  public double samplesPerS() {
    return samplesPerS;
  }

  /** The source the row describes; empty before the first pulse. */
  public String uri() {
    return uri;
  }

  public SourceHealth latest() {
    return latest;
  }

  /** Texts of the row in {@link #COLUMNS} order; empty before the first pulse. */
  public List<String> cells() {
    if (latest == null) {
      return List.of();
    }
    SourceHealth h = latest;
    return List.of(
        uri,
        h.state().name(),
        LinkRates.rateText(framesPerS),
        LinkRates.rateText(samplesPerS),
        LinkRates.loadText(LinkRates.busLoadPercent(uri, framesPerS)),
        count(h.invalidFrames()),
        count(h.decodeErrors()),
        count(h.unknownIds()),
        count(h.errorFrames()),
        overruns < 0 ? "—" : count(overruns),
        count(h.reconnects()),
        h.lastError() == null
            ? "—"
            : CLOCK.format(h.lastError().at()) + "  " + withoutUri(h.lastError().message()));
  }

  /** Sources prefix their messages with their URI, which the SOURCE column already shows. */
  private String withoutUri(String message) {
    String prefix = uri + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}

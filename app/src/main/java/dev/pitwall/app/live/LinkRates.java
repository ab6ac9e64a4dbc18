package dev.pitwall.app.live;

import dev.pitwall.core.source.SourceHealth;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Rates derived from two {@link SourceHealth} snapshots of one source: frames/s, samples/s and, for
 * CAN sources, an estimate of the bus load. Pure; used by {@code pitwall sources --probe} and the
 * link-health panel.
 *
 * <p>The bus load assumes 8-byte standard (11-bit id) data frames of 111 bits without stuff bits,
 * at the URI's {@code bitrate=} or 500 kbit/s: an estimate of the order of magnitude, not a
 * measurement (no source reports bits on the wire). A candump replay's rate is divided by its
 * replay speed; at {@code speed=max} there is no estimate.
 */
public final class LinkRates {
  static final double BITS_PER_FRAME = 111;
  static final double DEFAULT_BITRATE = 500_000;

  private LinkRates() {}

  /** Frames per second between two snapshots {@code elapsedNanos} apart; NaN if no time passed. */
  public static double framesPerS(SourceHealth before, SourceHealth after, long elapsedNanos) {
    return elapsedNanos <= 0 ? Double.NaN : (after.frames() - before.frames()) * 1e9 / elapsedNanos;
  }

  public static double samplesPerS(SourceHealth before, SourceHealth after, long elapsedNanos) {
    return elapsedNanos <= 0
        ? Double.NaN
        : (after.samples() - before.samples()) * 1e9 / elapsedNanos;
  }

  /** Estimated CAN bus load in percent for a CAN source URI; empty for other sources. */
  public static OptionalDouble busLoadPercent(String uri, double framesPerS) {
    SourceUri parsed = SourceUri.parse(uri);
    boolean can = SourceKind.of(parsed.scheme()).map(SourceKind::needsDbc).orElse(false);
    if (!can || Double.isNaN(framesPerS)) {
      return OptionalDouble.empty();
    }
    double bitrate = DEFAULT_BITRATE;
    String text = parsed.param("bitrate");
    if (text != null) {
      try {
        bitrate = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        // the source itself rejects a bad bitrate; keep the default for the estimate
      }
    }
    double busFramesPerS = framesPerS;
    if (parsed.scheme().equals("candump")) {
      // a replay runs speed times faster than the bus did; at 'max' the bus rate is unknowable
      double speed = replaySpeed(parsed.param("speed"));
      if (Double.isNaN(speed)) {
        return OptionalDouble.empty();
      }
      busFramesPerS = framesPerS / speed;
    }
    return OptionalDouble.of(100.0 * busFramesPerS * BITS_PER_FRAME / bitrate);
  }

  private static double replaySpeed(String text) {
    if (text == null || text.equalsIgnoreCase("max")) {
      return Double.NaN;
    }
    try {
      double speed = Double.parseDouble(text);
      return speed > 0 ? speed : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  public static String rateText(double perS) {
    return Double.isNaN(perS) ? "—" : String.format(Locale.ROOT, "%,.0f", perS);
  }

  public static String loadText(OptionalDouble percent) {
    return percent.isPresent()
        ? String.format(Locale.ROOT, "~%.0f %%", percent.getAsDouble())
        : "—";
  }
}

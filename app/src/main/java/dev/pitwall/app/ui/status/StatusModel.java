package dev.pitwall.app.ui.status;

import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceState;
import java.util.Locale;

/**
 * The status bar's numbers: incoming sample rate measured over about one second of wall time, and
 * the counters as text. Pure; fed once per frame with the FX pulse time.
 */
public final class StatusModel {
  private static final long RATE_WINDOW_NANOS = 1_000_000_000L;

  private long windowStartNanos = Long.MIN_VALUE;
  private long windowSamples;
  private double samplesPerS = Double.NaN;

  /** Counts samples received in a frame at pulse time {@code nowNanos}. */
  public void onFrame(long nowNanos, int samplesThisFrame) {
    if (windowStartNanos == Long.MIN_VALUE) {
      windowStartNanos = nowNanos;
    }
    windowSamples += samplesThisFrame;
    long elapsed = nowNanos - windowStartNanos;
    if (elapsed >= RATE_WINDOW_NANOS) {
      samplesPerS = windowSamples * 1e9 / elapsed;
      windowStartNanos = nowNanos;
      windowSamples = 0;
    }
  }

  /** Samples per second over the last complete window; NaN during the first second. */
  public double samplesPerS() {
    return samplesPerS;
  }

  public String rateText() {
    return Double.isNaN(samplesPerS)
        ? "— samples/s"
        : String.format(Locale.ROOT, "%,.0f samples/s", samplesPerS);
  }

  /** Mean FX-thread CPU per frame; "—" before any frame was measured (never "NaN"). */
  public static String frameCostText(double frameMeanMs) {
    return Double.isFinite(frameMeanMs)
        ? String.format(Locale.ROOT, "UI %.1f ms CPU/frame", frameMeanMs)
        : "UI — ms CPU/frame";
  }

  public static String countText(String label, long count) {
    return String.format(Locale.ROOT, "%s %,d", label, count);
  }

  /** State plus the latest error, e.g. {@code STREAMING} or {@code STALLED: no data for 2 s}. */
  public static String stateText(SourceHealth health) {
    String state = health.state().name();
    if (health.state() != SourceState.STREAMING && health.lastError() != null) {
      return state + ": " + health.lastError().message();
    }
    return state;
  }

  /** CSS style class for the state pill: ok, warn or bad. */
  public static String stateStyle(SourceState state) {
    return switch (state) {
      case STREAMING -> "state-ok";
      case CONNECTING, STALLED, RECONNECTING -> "state-warn";
      case DISCONNECTED, STOPPED -> "state-bad";
    };
  }
}

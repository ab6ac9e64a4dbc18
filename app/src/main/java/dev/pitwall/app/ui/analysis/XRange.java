package dev.pitwall.app.ui.analysis;

/**
 * The x window of the analysis traces (metres or seconds) under mouse zoom and pan: scroll zooms
 * around the value under the cursor, drag pans, reset shows everything. Always inside {@code [0,
 * maxX]} and at least {@link #MIN_FRACTION} of it wide. Pure; FX thread by use.
 */
public final class XRange {
  /** Narrowest window: 1/400 of the lap (about 10 m of a 4 km lap). */
  static final double MIN_FRACTION = 1.0 / 400;

  private double maxX = 1;
  private double from;
  private double to = 1;

  /** Shows everything of a new extent (a new lap length or unit). */
  public void reset(double maxX) {
    this.maxX = maxX > 0 ? maxX : 1;
    from = 0;
    to = this.maxX;
  }

  /** Shows [from, to], clamped. */
  public void show(double fromX, double toX) {
    double span = Math.max(minSpan(), Math.min(maxX, toX - fromX));
    from = Math.max(0, Math.min(maxX - span, fromX));
    to = from + span;
  }

  /** factor < 1 zooms in, > 1 out, keeping {@code anchorX} where it is on screen. */
  public void zoom(double anchorX, double factor) {
    // an axis not laid out yet (or a wheel event off the plot) gives no anchor: zoom on the centre
    double a = Double.isFinite(anchorX) ? Math.max(from, Math.min(to, anchorX)) : (from + to) / 2;
    double span = Math.max(minSpan(), Math.min(maxX, (to - from) * factor));
    double left = (a - from) / (to - from);
    show(a - left * span, a - left * span + span);
  }

  /** Moves the window by {@code deltaX} (positive: later in the lap). */
  public void pan(double deltaX) {
    show(from + deltaX, to + deltaX);
  }

  public double from() {
    return from;
  }

  public double to() {
    return to;
  }

  public double maxX() {
    return maxX;
  }

  public boolean zoomed() {
    return from > 0 || to < maxX;
  }

  private double minSpan() {
    return maxX * MIN_FRACTION;
  }
}

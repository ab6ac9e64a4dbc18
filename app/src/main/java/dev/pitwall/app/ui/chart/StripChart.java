package dev.pitwall.app.ui.chart;

import dev.pitwall.app.ui.stream.ChannelRing;
import dev.pitwall.app.ui.stream.LiveChannels;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;

/**
 * A scrolling chart-fx strip chart of the last {@code windowS} seconds of one or more channels.
 *
 * <p>Each frame the samples in the window are min/max-decimated to the plot's pixel columns before
 * they reach chart-fx (its own reducer keeps too much of noisy data). The x axis is fixed at {@code
 * -windowS .. 0} s relative to the newest sample, so the axis never re-ranges.
 *
 * <p>Thread contract: FX thread.
 */
public final class StripChart {
  /** One line of the chart. */
  public record Trace(String channelKey, String label, Color color) {}

  private static final int MAX_COLUMNS = ChartFxLines.MAX_COLUMNS;

  private final XYChart chart;
  private final DefaultNumericAxis xAxis;
  private final DefaultNumericAxis yAxis;
  private final double windowS;
  private final List<Trace> traces;
  private final List<DoubleDataSet> dataSets = new ArrayList<>();
  private final double[] x = new double[2 * MAX_COLUMNS];
  private final double[] y = new double[2 * MAX_COLUMNS];
  private final long[] shownRingTotals;
  private long shownNowNanos = Long.MIN_VALUE;
  private int lastPoints;

  /**
   * @param timeLabels false for charts stacked above another one: their time axis keeps its ticks
   *     and grid but no labels, leaving the height to the data
   */
  public StripChart(
      String title,
      String unit,
      double yMin,
      double yMax,
      double windowS,
      boolean timeLabels,
      List<Trace> traces) {
    this.windowS = windowS;
    this.traces = List.copyOf(traces);
    this.shownRingTotals = new long[traces.size()];
    xAxis = new DefaultNumericAxis("", -windowS, 0, 10);
    xAxis.setAutoRanging(false);
    ChartFxLines.labelXAxis(xAxis, timeLabels ? "time" : null, "s");
    yAxis = new DefaultNumericAxis(title, yMin, yMax, (yMax - yMin) / 4);
    yAxis.setAutoRanging(false);
    yAxis.setUnit(unit);
    yAxis.setTickLabelFormatter(new WholeNumbers());
    for (Trace trace : traces) {
      dataSets.add(new DoubleDataSet(trace.label(), 2 * MAX_COLUMNS));
    }
    chart =
        ChartFxLines.lineChart(
            xAxis,
            yAxis,
            traces.size() > 1,
            dataSets,
            traces.stream().map(Trace::color).toList(),
            i -> 1.5);
  }

  /** Tick labels as plain integers ("12500", not chart-fx's default "1.25E4"). */
  private static final class WholeNumbers extends StringConverter<Number> {
    @Override
    public String toString(Number n) {
      return Long.toString(Math.round(n.doubleValue()));
    }

    @Override
    public Number fromString(String s) {
      return Double.parseDouble(s);
    }
  }

  /**
   * A one-trace chart of any channel, its y axis following the data; the axis names the signal of
   * {@code MESSAGE.SIGNAL} (there is no room for the whole key).
   */
  public static StripChart ofAnyChannel(
      String channelKey, String unit, double windowS, Color color) {
    String shortName = channelKey.substring(channelKey.lastIndexOf('.') + 1);
    StripChart chart =
        new StripChart(
            shortName,
            unit,
            0,
            1,
            windowS,
            false,
            List.of(new Trace(channelKey, channelKey, color)));
    chart.setAutoRangeY(true);
    chart.node().setMinHeight(120);
    chart.node().setPrefHeight(200);
    return chart;
  }

  /** Lets the y axis follow the data (a channel whose range is not known in advance). */
  public void setAutoRangeY(boolean auto) {
    yAxis.setAutoRanging(auto);
    yAxis.setTickLabelFormatter(auto ? new Compact() : new WholeNumbers());
  }

  /** Tick labels for any range: whole numbers from 100 up, else at most three decimals. */
  private static final class Compact extends StringConverter<Number> {
    @Override
    public String toString(Number n) {
      double v = n.doubleValue();
      if (Math.abs(v) >= 100) {
        return Long.toString(Math.round(v));
      }
      return java.math.BigDecimal.valueOf(Math.round(v * 1000) / 1000.0)
          .stripTrailingZeros()
          .toPlainString();
    }

    @Override
    public Number fromString(String s) {
      return Double.parseDouble(s);
    }
  }

  /** Channel keys of the traces, in order. */
  public List<String> channelKeys() {
    return traces.stream().map(Trace::channelKey).toList();
  }

  public XYChart node() {
    return chart;
  }

  /** Points handed to chart-fx in the last refresh, summed over traces. */
  public int lastPoints() {
    return lastPoints;
  }

  /** Re-decimates the window ending at the newest sample when anything new arrived. */
  public void refresh(LiveChannels channels) {
    long nowNanos = channels.latestTimeNanos();
    if (nowNanos == Long.MIN_VALUE
        || !changed(channels, nowNanos)
        || ChartFxLines.lockedByChart(dataSets)) {
      return;
    }
    shownNowNanos = nowNanos;
    int columns = ChartFxLines.columns(xAxis);
    long fromNanos = nowNanos - (long) (windowS * 1e9);
    int points = 0;
    for (int i = 0; i < traces.size(); i++) {
      ChannelRing ring = channels.ring(traces.get(i).channelKey());
      if (ring == null) {
        continue;
      }
      shownRingTotals[i] = ring.totalSamples();
      int n = MinMaxDecimator.decimate(ring, fromNanos, nowNanos, columns, nowNanos, x, y);
      dataSets.get(i).set(x, y, n, true);
      points += n;
    }
    lastPoints = points;
  }

  /**
   * Redraw only when the window has moved by at least one pixel column (60 s over ~900 px is about
   * 15 redraws per second), or for the first data; finer steps would not move a single pixel.
   */
  private boolean changed(LiveChannels channels, long nowNanos) {
    if (shownNowNanos == Long.MIN_VALUE || nowNanos < shownNowNanos) {
      return true;
    }
    long columnNanos = (long) (windowS * 1e9 / ChartFxLines.columns(xAxis));
    if (nowNanos - shownNowNanos >= columnNanos) {
      return true;
    }
    for (int i = 0; i < traces.size(); i++) {
      ChannelRing ring = channels.ring(traces.get(i).channelKey());
      if (ring != null && shownRingTotals[i] == 0 && ring.totalSamples() > 0) {
        return true; // a trace whose first samples just arrived
      }
    }
    return false;
  }
}

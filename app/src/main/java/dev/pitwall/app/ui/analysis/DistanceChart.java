package dev.pitwall.app.ui.analysis;

import dev.pitwall.app.ui.chart.ChartFxLines;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * A chart-fx chart of up to {@link #MAX_LAPS} laps of one channel by distance. Points arrive
 * already min/max-decimated per pixel column ({@link DistanceDecimator}); chart-fx's own reducer is
 * off.
 *
 * <p>Thread contract: FX thread.
 */
public final class DistanceChart {
  public static final int MAX_LAPS = 6;
  public static final List<Color> LAP_COLOURS =
      List.of(
          Color.web("#4fc3f7"),
          Color.web("#ffb74d"),
          Color.web("#81c784"),
          Color.web("#e57373"),
          Color.web("#ba68c8"),
          Color.web("#fff176"));

  private final XYChart chart;
  private final DefaultNumericAxis xAxis;
  private final DefaultNumericAxis yAxis;
  private final List<DoubleDataSet> dataSets = new ArrayList<>();
  private final boolean labelled;

  public DistanceChart(String title, String unit, boolean distanceLabels) {
    labelled = distanceLabels;
    xAxis = new DefaultNumericAxis("", 0, 1000, 500);
    xAxis.setAutoRanging(false);
    ChartFxLines.labelXAxis(xAxis, distanceLabels ? "distance" : null, "m");
    yAxis = new DefaultNumericAxis(title, 0, 1, 0.25);
    yAxis.setAutoRanging(true);
    yAxis.setUnit(unit);
    for (int i = 0; i < MAX_LAPS; i++) {
      dataSets.add(new DoubleDataSet("lap " + i, 16));
    }
    chart =
        ChartFxLines.lineChart(xAxis, yAxis, false, dataSets, LAP_COLOURS, i -> i == 0 ? 1.8 : 1.3);
  }

  public XYChart node() {
    return chart;
  }

  /** Labels the x axis (on the labelled chart) as time in s or distance in m. */
  public void setByTime(boolean byTime) {
    if (labelled) {
      xAxis.setName(byTime ? "time in lap" : "distance");
      xAxis.setUnit(byTime ? "s" : "m");
    }
  }

  /** The x value (m or s) under a scene x coordinate, e.g. the mouse. */
  public double valueAtScene(double sceneX) {
    double local = xAxis.sceneToLocal(sceneX, 0).getX();
    return xAxis.getValueForDisplay(local);
  }

  /** Pixel columns across the plot (800 before the first layout). */
  public int columns() {
    return ChartFxLines.columns(xAxis);
  }

  /** False when chart-fx still holds a read lock from a layout; try again next pulse. */
  public boolean canUpdate() {
    return !ChartFxLines.lockedByChart(dataSets);
  }

  /** Shows one trace per lap (extra laps beyond {@link #MAX_LAPS} are not drawn). */
  public void show(List<DistanceDecimator.Points> laps, double fromM, double toM) {
    xAxis.set(fromM, toM);
    xAxis.setTickUnit(niceTick(toM - fromM));
    for (int i = 0; i < MAX_LAPS; i++) {
      DoubleDataSet ds = dataSets.get(i);
      if (i < laps.size()) {
        DistanceDecimator.Points p = laps.get(i);
        ds.set(p.xM(), p.y(), p.xM().length, true);
      } else {
        ds.clearData();
      }
    }
  }

  private static double niceTick(double spanM) {
    double raw = spanM / 8;
    double pow = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * pow >= raw) {
        return m * pow;
      }
    }
    return 10 * pow;
  }

  /** Total points handed to chart-fx, for tests. */
  public int points() {
    int n = 0;
    for (DoubleDataSet ds : dataSets) {
      n += ds.getDataCount();
    }
    return n;
  }
}

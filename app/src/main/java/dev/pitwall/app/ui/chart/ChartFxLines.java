package dev.pitwall.app.ui.chart;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.dataset.locks.DefaultDataSetLock;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import javafx.scene.paint.Color;

/**
 * The chart-fx set-up shared by the line charts ({@link StripChart}, the analysis screen's distance
 * chart): plain polylines of data already min/max-decimated per pixel column, so chart-fx draws
 * every point as given, sorted by x, on the FX thread, without animation, tool bar or markers.
 *
 * <p>Thread contract: FX thread.
 */
public final class ChartFxLines {
  /** The widest plot decimated for, in pixel columns. */
  public static final int MAX_COLUMNS = 4096;

  private ChartFxLines() {}

  /**
   * Names the x axis, or with a null {@code name} keeps its ticks and grid but no labels (charts
   * stacked above another one leave the height to the data).
   */
  public static void labelXAxis(DefaultNumericAxis xAxis, String name, String unit) {
    if (name != null) {
      xAxis.setName(name);
      xAxis.setUnit(unit);
    } else {
      xAxis.setUnit(null);
      xAxis.getStyleClass().add("time-axis-unlabelled");
    }
  }

  /** A chart in the strip-chart style drawing each data set as a line of its colour and width. */
  public static XYChart lineChart(
      DefaultNumericAxis xAxis,
      DefaultNumericAxis yAxis,
      boolean legend,
      List<DoubleDataSet> dataSets,
      List<Color> colours,
      IntToDoubleFunction lineWidthPx) {
    XYChart chart = new XYChart(xAxis, yAxis);
    chart.getStyleClass().add("strip-chart");
    chart.setLegendVisible(legend);
    chart.setAnimated(false);
    chart.getToolBar().setVisible(false);
    chart.getToolBar().setManaged(false);
    ErrorDataSetRenderer renderer = new ErrorDataSetRenderer();
    renderer.setPolyLineStyle(LineStyle.NORMAL);
    renderer.setErrorStyle(ErrorStyle.NONE);
    renderer.setDrawMarker(false);
    renderer.setPointReduction(false);
    renderer.setAssumeSortedData(true);
    renderer.setParallelImplementation(false);
    renderer.getDatasets().addAll(dataSets);
    chart.getRenderers().setAll(renderer);
    for (int i = 0; i < dataSets.size(); i++) {
      DataSetNode node = renderer.getDatasetNodes().get(i);
      node.setLineColor(colours.get(i));
      node.setLineWidth(lineWidthPx.applyAsDouble(i));
    }
    return chart;
  }

  /** Pixel columns across the plot (800 before the first layout), at most {@link #MAX_COLUMNS}. */
  public static int columns(DefaultNumericAxis xAxis) {
    double width = xAxis.getWidth();
    return width > 10 ? Math.min(MAX_COLUMNS, (int) Math.ceil(width)) : 800;
  }

  /**
   * chart-fx read-locks its data sets from a layout until its post-layout pulse hook; a layout
   * outside a pulse (showing the stage, a snapshot) can leave them locked when the next frame
   * starts. Writing then would block the FX thread on its own lock forever, so a caller skips that
   * frame: the pulse's post-layout hook releases the lock and the next frame updates.
   */
  public static boolean lockedByChart(List<DoubleDataSet> dataSets) {
    for (DoubleDataSet ds : dataSets) {
      if (ds.lock() instanceof DefaultDataSetLock<?> lock && lock.getReaderCount() > 0) {
        return true;
      }
    }
    return false;
  }
}

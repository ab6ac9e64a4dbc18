package dev.pitwall.app.ui.analysis;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Mouse zoom and pan on the analysis traces, shared by every chart of the stack (their x axes are
 * linked): the scroll wheel zooms the x axis around the value under the cursor, dragging pans, a
 * double-click shows the whole lap. Each gesture hands the new window to {@code onRange}; the
 * traces are then recomputed from the full-resolution grid, so min/max per pixel column holds at
 * every zoom.
 *
 * <p>Thread contract: FX thread.
 */
final class ChartGestures {
  /** One wheel notch zooms in to 80 % of the window (out: 125 %). */
  static final double ZOOM_STEP = 0.8;

  private final Supplier<XRange> current;
  private final Consumer<XRange> onRange;
  private double pressSceneX = Double.NaN;
  private XRange pressRange;

  /**
   * @param current the window now on screen (a fresh copy each call)
   */
  ChartGestures(Supplier<XRange> current, Consumer<XRange> onRange) {
    this.current = current;
    this.onRange = onRange;
  }

  void attach(DistanceChart chart) {
    chart.node().addEventFilter(ScrollEvent.SCROLL, e -> scroll(chart, e));
    chart.node().addEventFilter(MouseEvent.MOUSE_PRESSED, this::press);
    chart.node().addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> drag(chart, e));
    chart.node().addEventFilter(MouseEvent.MOUSE_CLICKED, this::click);
  }

  private void scroll(DistanceChart chart, ScrollEvent e) {
    if (e.getDeltaY() == 0) {
      return;
    }
    XRange r = current.get();
    r.zoom(chart.valueAtScene(e.getSceneX()), e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
    e.consume();
    onRange.accept(r);
  }

  private void press(MouseEvent e) {
    if (e.getButton() == MouseButton.PRIMARY) {
      pressSceneX = e.getSceneX();
      pressRange = current.get();
    }
  }

  private void drag(DistanceChart chart, MouseEvent e) {
    if (pressRange == null || e.getButton() != MouseButton.PRIMARY) {
      return;
    }
    double perPixel = (pressRange.to() - pressRange.from()) / Math.max(1, chart.columns());
    XRange r = current.get();
    r.show(pressRange.from(), pressRange.to());
    r.pan(-(e.getSceneX() - pressSceneX) * perPixel); // drag right: earlier in the lap
    e.consume();
    onRange.accept(r);
  }

  private void click(MouseEvent e) {
    if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
      XRange r = current.get();
      r.reset(r.maxX());
      e.consume();
      onRange.accept(r);
    }
    pressRange = null;
  }
}

package dev.pitwall.app.ui.strategy;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * A canvas that fills its pane and is drawn again whenever the pane is resized, for the strategy
 * screen's drawn panels (pit-window timeline, race-time chart). FX thread only.
 */
final class PaneCanvas {
  private static final Color BACKGROUND = Color.web("#15191d");

  private final Canvas canvas = new Canvas();
  private final Pane pane = new Pane(canvas);

  /**
   * @param draw draws the whole canvas (from {@link #clear()}); runs on every resize
   */
  PaneCanvas(String styleClass, Runnable draw) {
    pane.getStyleClass().add(styleClass);
    canvas.widthProperty().bind(pane.widthProperty());
    canvas.heightProperty().bind(pane.heightProperty());
    canvas.widthProperty().addListener(o -> draw.run());
    canvas.heightProperty().addListener(o -> draw.run());
  }

  Pane pane() {
    return pane;
  }

  double width() {
    return canvas.getWidth();
  }

  double height() {
    return canvas.getHeight();
  }

  /** Fills the canvas with the background colour; returns its graphics context to draw on. */
  GraphicsContext clear() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.setFill(BACKGROUND);
    g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    return g;
  }
}

package dev.pitwall.app.ui.annotation;

import dev.pitwall.core.session.annotation.Annotation;
import dev.pitwall.core.session.annotation.AnnotationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The session's annotations as ticks on the replay timeline: one pin per note, marker, pit stop,
 * flag or setup change, its stem at its session time (colour and head shape by kind, see {@code
 * .annotation-tick-*} in the theme), a grey band over each gap of a continued recording; hovering
 * one shows its text, clicking it seeks the replay there.
 *
 * <p>Cost: the tick nodes are built once per {@link #show}, and placed in {@link #layoutChildren},
 * which JavaFX runs only when the timeline is resized or the annotations change, never per frame.
 * The pane lies over the slider; only the ticks take the mouse, so dragging the slider still works.
 *
 * <p>Thread contract: FX thread.
 */
public final class AnnotationTicks extends Pane {
  static final double TICK_WIDTH_PX = 10; // a pin: head on top, stem (4..6 px) at the time
  static final double TICK_HEIGHT_PX = 16;
  static final double STEM_BELOW_TRACK_PX = 5; // the stem ends just under the slider's track

  private final Slider timeline;
  private final LongConsumer seek;
  private final List<Annotation> shown = new ArrayList<>();

  /**
   * @param timeline the slider this pane lies over (its value is session time in seconds)
   * @param seek called with the session time (ns) of a clicked tick
   */
  public AnnotationTicks(Slider timeline, LongConsumer seek) {
    this.timeline = timeline;
    this.seek = seek;
    setId("replay-annotation-ticks");
    getStyleClass().add("annotation-ticks");
    setPickOnBounds(false); // clicks between ticks reach the slider below
    setMouseTransparent(false);
    timeline.maxProperty().addListener((o, was, now) -> requestLayout());
  }

  /** Replaces the ticks with {@code annotations}' (in any order). */
  public void show(List<Annotation> annotations) {
    shown.clear();
    shown.addAll(annotations);
    List<Node> ticks = new ArrayList<>(annotations.size());
    for (Annotation a : annotations) {
      ticks.add(tick(a));
    }
    getChildren().setAll(ticks);
    requestLayout();
  }

  /** The annotation a tick stands for; null for other nodes. */
  public static Annotation annotationOf(Node tick) {
    return tick.getUserData() instanceof Annotation a ? a : null;
  }

  private Region tick(Annotation a) {
    Region r = new Region();
    r.setUserData(a);
    r.getStyleClass().addAll("annotation-tick", styleClass(a.kind()));
    r.setManaged(false);
    Tooltip tip = new Tooltip(AnnotationList.label(a));
    tip.setShowDelay(Duration.millis(150));
    Tooltip.install(r, tip);
    r.setOnMouseClicked(
        e -> {
          seek.accept(a.startNanos());
          e.consume();
        });
    return r;
  }

  /** {@code annotation-tick-note}, {@code annotation-tick-pit}, ... */
  public static String styleClass(AnnotationKind kind) {
    return "annotation-tick-" + kind.name().toLowerCase(Locale.ROOT);
  }

  @Override
  protected void layoutChildren() {
    double from = trackStartX();
    double length = Math.max(1, getWidth() - 2 * from);
    double span = Math.max(1e-9, timeline.getMax() - timeline.getMin());
    double y = Math.round(getHeight() / 2 + STEM_BELOW_TRACK_PX - TICK_HEIGHT_PX);
    for (Node n : getChildren()) {
      Annotation a = annotationOf(n);
      if (a == null || !(n instanceof Region r)) {
        continue;
      }
      double x0 = from + clamp01((a.startS() - timeline.getMin()) / span) * length;
      double x1 = from + clamp01((a.endNanos() / 1e9 - timeline.getMin()) / span) * length;
      if (a.kind() == AnnotationKind.GAP) { // a band over the time without samples
        double w = Math.max(2, x1 - x0);
        r.resizeRelocate(Math.round(x0), y, Math.round(w), TICK_HEIGHT_PX);
      } else {
        r.resizeRelocate(Math.round(x0 - TICK_WIDTH_PX / 2), y, TICK_WIDTH_PX, TICK_HEIGHT_PX);
      }
    }
  }

  /**
   * Where the slider's value {@code min} lies, px from its left edge: the thumb's centre travels
   * from half a thumb in from the left to half a thumb in from the right.
   */
  private double trackStartX() {
    Node thumb = timeline.lookup(".thumb");
    double half = thumb == null ? 0 : thumb.getLayoutBounds().getWidth() / 2;
    return timeline.snappedLeftInset() + half;
  }

  private static double clamp01(double f) {
    return Double.isFinite(f) ? Math.clamp(f, 0.0, 1.0) : 0;
  }

  /** The annotations shown, as given. */
  public List<Annotation> shown() {
    return List.copyOf(shown);
  }
}

package dev.pitwall.app.replay;

import dev.pitwall.app.ui.annotation.AnnotationTicks;
import dev.pitwall.core.replay.ReplaySource;
import dev.pitwall.core.session.annotation.Annotation;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/**
 * The replay bar: play/pause, step 1 s, a timeline to seek on (with the session's annotations as
 * ticks on it), the head's time and the speed (0.25× … 64×, max).
 *
 * <p>Thread contract: FX thread. It reads the source's head once per pulse; a seek goes through
 * {@code seek} (the window swaps the live screen's buffers around it).
 */
public final class ReplayControls {
  static final List<String> SPEEDS =
      List.of("0.25×", "0.5×", "1×", "2×", "4×", "8×", "16×", "32×", "64×", "max");

  private final ReplaySource source;
  private final LongConsumer seek;
  private final HBox bar = new HBox(8);
  private final Button play = new Button();
  private final Slider timeline = new Slider();
  private final AnnotationTicks ticks;
  private final Label time = new Label();
  private final ComboBox<String> speed = new ComboBox<>();
  private final AnimationTimer follow;

  public ReplayControls(ReplaySource source, LongConsumer seek) {
    this.source = source;
    this.seek = seek;
    play.setId("replay-play");
    play.setOnAction(e -> togglePlay());
    Button step = new Button("Step 1 s");
    step.setId("replay-step");
    step.setOnAction(
        e -> {
          source.pause();
          source.step(Duration.ofSeconds(1));
        });
    timeline.setId("replay-timeline");
    timeline.setMin(0);
    timeline.setMax(Math.max(1, source.endNanos() / 1e9));
    timeline.setOnMouseReleased(e -> seekTo(timeline.getValue()));
    timeline.setOnKeyReleased(e -> seekTo(timeline.getValue()));
    timeline.setMaxWidth(Double.MAX_VALUE);
    ticks = new AnnotationTicks(timeline, seek);
    StackPane track = new StackPane(timeline, ticks); // the ticks lie over the slider's track
    HBox.setHgrow(track, Priority.ALWAYS);
    speed.setId("replay-speed");
    speed.getItems().setAll(SPEEDS);
    speed.getSelectionModel().select(label(source.speed()));
    speed.setOnAction(e -> source.setSpeed(parse(speed.getValue())));
    time.setId("replay-time");
    time.setMinWidth(150);
    Label title = new Label("REPLAY");
    title.getStyleClass().add("screen-name");
    bar.getChildren().addAll(title, play, step, track, time, speed);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(4, 8, 4, 8));
    bar.getStyleClass().add("replay-bar");
    follow =
        new AnimationTimer() {
          @Override
          public void handle(long now) {
            refresh();
          }
        };
    refresh();
  }

  public HBox node() {
    return bar;
  }

  /** Draws the session's annotations on the timeline (ticks to hover and click). */
  public void showAnnotations(List<Annotation> annotations) {
    ticks.show(annotations);
  }

  public AnnotationTicks ticks() {
    return ticks;
  }

  public Slider timeline() {
    return timeline;
  }

  public void start() {
    follow.start();
  }

  public void stop() {
    follow.stop();
  }

  private void togglePlay() {
    if (source.paused()) {
      source.play();
    } else {
      source.pause();
    }
    refresh();
  }

  private void seekTo(double seconds) {
    seek.accept((long) (seconds * 1e9));
  }

  private void refresh() {
    double headS = source.positionNanos() / 1e9;
    if (!timeline.isValueChanging() && !timeline.isPressed()) {
      timeline.setValue(headS);
    }
    time.setText(clock(headS) + " / " + clock(source.endNanos() / 1e9));
    play.setText(source.paused() ? "▶ Play" : "❚❚ Pause");
  }

  static String clock(double s) {
    long whole = (long) s;
    return String.format(
        Locale.ROOT,
        "%d:%02d:%02d.%d",
        whole / 3600,
        whole / 60 % 60,
        whole % 60,
        (long) (s * 10) % 10);
  }

  static double parse(String label) {
    return label.equals("max")
        ? Double.POSITIVE_INFINITY
        : Double.parseDouble(label.replace("×", ""));
  }

  static String label(double speed) {
    if (Double.isInfinite(speed)) {
      return "max";
    }
    String s = speed == Math.rint(speed) ? Long.toString((long) speed) : Double.toString(speed);
    return s + "×";
  }
}

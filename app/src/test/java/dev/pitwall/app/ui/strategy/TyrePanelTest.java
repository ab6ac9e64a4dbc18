package dev.pitwall.app.ui.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The tyre panel's words: a drifting model is flagged, and unknown numbers show as a dash. */
@ExtendWith(ApplicationExtension.class)
class TyrePanelTest {
  private static final double N = Double.NaN;

  @Test
  void driftingModelIsFlaggedForRetrainingAndNaNNeverShows() throws Exception {
    TyreModelView drifting =
        new TyreModelView(
            "tyre model v0003",
            "lap 12: 117.100 s",
            13,
            new double[] {0.41, N, 0.9},
            new double[][] {{1, 0.8, 1.2}, {N, N, N}, {1, 0.9, 1.1}, {1, 0.9, 1.1}},
            new double[] {20, N, 18, 9},
            "tyre age +4 laps vs stint average +0.30 s",
            new TyreModelView.Drift(
                10, 0.7, 0.62, 0.65, 0.3, true, "laps run +0.62 s vs predicted"),
            0.4);
    String text = fx(() -> texts(drifting));
    assertTrue(text.contains("MODEL DRIFTING — RETRAIN (laps run +0.62 s vs predicted)"), text);
    assertTrue(text.contains("lap 13 predicted loss +0.41 s (80 %: — … +0.90 s)"), text);
    assertTrue(text.contains("FR — [—–—] now — %"), text);
    assertFalse(text.contains("NaN"), text);
  }

  @Test
  void healthyModelShowsNoFlag() throws Exception {
    TyreModelView ok = TyreModelView.message("tyre model v0001", "waiting for a clean lap");
    TyrePanel panel = fx(TyrePanel::new);
    fx(
        () -> {
          panel.show(ok);
          return null;
        });
    Label flag = (Label) ((VBox) panel.node()).getChildren().get(5);
    assertFalse(flag.isVisible());
    assertEquals("tyre model v0001 · waiting for a clean lap", label(panel, 0).getText());
    assertEquals("running error: no predicted lap completed yet", label(panel, 4).getText());
  }

  private static String texts(TyreModelView v) {
    TyrePanel panel = new TyrePanel();
    panel.show(v);
    StringBuilder s = new StringBuilder();
    for (var n : ((VBox) panel.node()).getChildren()) {
      s.append(((Label) n).getText()).append('\n');
    }
    return s.toString();
  }

  private static Label label(TyrePanel panel, int i) {
    return (Label) ((VBox) panel.node()).getChildren().get(i);
  }

  private static <T> T fx(Callable<T> call) throws Exception {
    return WaitForAsyncUtils.asyncFx(call).get(20, TimeUnit.SECONDS);
  }
}

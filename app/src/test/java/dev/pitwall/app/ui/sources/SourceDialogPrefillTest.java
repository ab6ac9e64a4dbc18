package dev.pitwall.app.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.live.SourceKind;
import dev.pitwall.app.live.SourceRequest;
import dev.pitwall.app.ui.SnapshotWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Continue recording…" opens the source dialog pre-filled from the session's stored source URI: a
 * candump log recorded through a DBC at 10× fills kind, log, DBC file and speed, all still
 * editable, and connecting sends the same source again.
 */
@ExtendWith(ApplicationExtension.class)
class SourceDialogPrefillTest {
  @TempDir Path dir;

  @Test
  void fillsKindUriDbcAndSpeedFromTheStoredSourceAndStaysEditable() throws Exception {
    Path log = Files.writeString(dir.resolve("stint 2.log"), "(0.0) can0 123#00\n");
    Path dbc = Files.writeString(dir.resolve("car.dbc"), "VERSION \"\"\n");
    String stored = "candump:" + log + "?dbc=" + dbc.toString().replace(" ", "%20") + "&speed=10";
    List<SourceRequest> sent = new ArrayList<>();
    SourceDialog dialog =
        fx(
            () -> {
              SourceDialog d =
                  new SourceDialog(
                      null,
                      request -> {
                        sent.add(request);
                        throw new IllegalStateException("test: not connecting");
                      },
                      Runnable::run,
                      feed -> {});
              d.prefill(StoredSource.parse(stored));
              d.show();
              return d;
            });
    Scene scene = dialog.stage().getScene();
    assertEquals(SourceKind.CANDUMP, fx(() -> kind(scene).getValue()));
    assertEquals("candump:" + log, fx(() -> field(scene, "#source-uri").getText()));
    assertEquals(dbc.toString(), fx(() -> field(scene, "#source-dbc").getText()));
    assertEquals("10", fx(() -> speed(scene).getValue()));
    assertFalse(fx(() -> field(scene, "#source-dbc").isDisabled()), "the DBC stays editable");
    assertEquals("", fx(() -> ((Label) scene.lookup("#source-message")).getText()), "valid");
    assertTrue(fx(() -> field(scene, "#source-map").getText().isEmpty()));
    Path png =
        fx(() ->
                SnapshotWriter.write(
                    scene, Path.of("target/screenshots/continue-prefilled.png"), Runnable::run))
            .get(20, TimeUnit.SECONDS);
    assertTrue(Files.size(png) > 5_000);

    fx(
        () -> {
          speed(scene).setValue("max"); // edited before connecting
          ((Button) scene.lookup("#source-connect")).fire();
          return null;
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(1, sent.size());
    assertEquals("candump:" + log + "?speed=max", sent.get(0).uri());
    assertEquals(dbc.toString(), sent.get(0).dbc());
  }

  @SuppressWarnings("unchecked")
  private static ComboBox<SourceKind> kind(Scene scene) {
    return (ComboBox<SourceKind>) scene.lookup("#source-kind");
  }

  @SuppressWarnings("unchecked")
  private static ComboBox<String> speed(Scene scene) {
    return (ComboBox<String>) scene.lookup("#source-speed");
  }

  private static TextField field(Scene scene, String id) {
    return (TextField) scene.lookup(id);
  }

  private static <T> T fx(java.util.concurrent.Callable<T> call) throws Exception {
    return WaitForAsyncUtils.asyncFx(call).get(20, TimeUnit.SECONDS);
  }
}

package dev.pitwall.analytics.tyre.ml;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelemetryTyreBadInputTest {
  @Test
  void refusesToTrainOnTooFewLapsWithTheCount() {
    var laps = new SyntheticStints(3).stints(1, "short").subList(0, 12);
    var trainer =
        new TelemetryTyreTrainer(TelemetryTyreTrainer.Settings.defaults(), Clock.systemUTC());
    var e = assertThrows(IllegalArgumentException.class, () -> trainer.train(laps));
    assertTrue(e.getMessage().contains("12 < 20"), e.getMessage());
  }

  @Test
  void loadingAMissingOrCorruptModelNamesTheDirectory(@TempDir Path dir) throws Exception {
    var missing = assertThrows(IllegalArgumentException.class, () -> TelemetryTyreModel.load(dir));
    assertTrue(missing.getMessage().contains(dir.toString()), missing.getMessage());
    Files.writeString(dir.resolve("model.properties"), "schema.numeric=SPEED\n");
    var wrong = assertThrows(IllegalArgumentException.class, () -> TelemetryTyreModel.load(dir));
    assertTrue(wrong.getMessage().contains("feature schema"), wrong.getMessage());
  }

  @Test
  void rejectsLapFeaturesOfTheWrongWidth() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> new LapFeatures(new double[3], "SOFT", "cota"));
    assertTrue(e.getMessage().contains("3 values"), e.getMessage());
  }
}

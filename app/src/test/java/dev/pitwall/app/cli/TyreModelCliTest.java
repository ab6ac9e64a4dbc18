package dev.pitwall.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pitwall tyre-model train|status} on simulated Zandvoort sessions recorded here (tyre wear
 * and temperature channels from the simulated car), trained for real with DJL/PyTorch offline.
 */
class TyreModelCliTest {
  @TempDir static Path dir;
  static Path db;
  static Path models;

  @BeforeAll
  static void recordThreeSessions() {
    db = dir.resolve("pw");
    models = dir.resolve("models");
    record(3, "1300s");
    record(4, "1300s");
    record(5, "600s");
  }

  private static void record(int seed, String duration) {
    CliRun r = CliRun.recordSim(db, "zandvoort", duration, "--seed", Integer.toString(seed));
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void trainsVersionedModelsFromRecordedSessionsAndReportsDriftOnNewerOnes() throws Exception {
    CliRun train =
        tyreModel("train", "--sessions", "1,2", "--epochs", "20", "--out", models.toString());
    assertEquals(0, train.code(), train.err() + train.out());
    assertTrue(train.out().contains("saved tyre model v0001"), train.out());
    assertTrue(train.out().contains("session 1: 11 clean laps"), train.out());
    Matcher range =
        Pattern.compile(
                "training range: session 1 lap \\d+ \\.\\. session 2 lap \\d+ \\((\\d+) laps\\)")
            .matcher(train.out());
    assertTrue(range.find(), train.out());
    assertTrue(Integer.parseInt(range.group(1)) >= 20, range.group());
    Matcher mae =
        Pattern.compile("loss MAE ([0-9.]+) s \\(baseline ([0-9.]+) s\\)").matcher(train.out());
    assertTrue(mae.find(), train.out());
    assertTrue(
        Double.parseDouble(mae.group(1)) < Double.parseDouble(mae.group(2)),
        "held-out loss MAE not below the training-mean baseline: " + mae.group());
    assertTrue(Files.isRegularFile(models.resolve("v0001/model.properties")));
    assertTrue(Files.isRegularFile(models.resolve("v0001/training.properties")));

    CliRun status = tyreModel("status", "--models", models.toString());
    assertEquals(0, status.code(), status.err());
    assertTrue(status.out().contains("tyre model v0001"), status.out());
    assertTrue(status.out().contains("trained on sessions [1, 2]"), status.out());
    assertTrue(
        status.out().matches("(?s).*drift: (none|FLAGGED).* laps of sessions \\[3\\].*"),
        status.out());

    CliRun again = tyreModel("train", "--epochs", "20", "--out", models.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().contains("saved tyre model v0002"), again.out());
    CliRun latest = tyreModel("status", "--models", models.toString());
    assertTrue(latest.out().contains("tyre model v0002"), latest.out());
    assertTrue(latest.out().contains("drift: no laps recorded since training"), latest.out());
    assertTrue(Files.isRegularFile(models.resolve("v0001/model.properties")), "v0001 kept");
  }

  @Test
  void tooFewLapsIsRefusedWithTheCount() {
    CliRun r = tyreModel("train", "--sessions", "3", "--out", dir.resolve("few").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("not enough data: 5 clean laps"), r.err());
    assertTrue(r.err().contains("need 20"), r.err());
  }

  @Test
  void statusWithoutAModelSaysHowToTrainOne() {
    CliRun r = tyreModel("status", "--models", dir.resolve("empty").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("no tyre model in"), r.err());
    assertTrue(r.err().contains("tyre-model train"), r.err());
  }

  /** {@code pitwall tyre-model COMMAND --db DB OPTIONS...} on this class's recorded sessions. */
  private static CliRun tyreModel(String command, String... options) {
    String[] args = {"tyre-model", command, "--db", db.toString()};
    return CliRun.of(Stream.of(args, options).flatMap(Stream::of).toArray(String[]::new));
  }
}

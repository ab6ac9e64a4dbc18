package dev.pitwall.analytics.tyre.ml;

import java.time.Instant;
import java.util.Properties;

/**
 * What a trained model is: when it was made, from which laps, and how well it did on held-out laps
 * of its training data (MAE of lap-time loss in seconds and of wear in percentage points, with the
 * naive baseline "predict the training mean" for comparison).
 */
public record ModelVersion(
    Instant createdAt,
    String firstLap,
    String lastLap,
    int trainingLaps,
    int members,
    double heldOutLossMaeS,
    double baselineLossMaeS,
    double heldOutWearMaePct,
    double baselineWearMaePct) {

  void store(Properties p) {
    p.setProperty("version.createdAt", createdAt.toString());
    p.setProperty("version.firstLap", firstLap);
    p.setProperty("version.lastLap", lastLap);
    p.setProperty("version.trainingLaps", Integer.toString(trainingLaps));
    p.setProperty("version.members", Integer.toString(members));
    p.setProperty(
        "version.metrics",
        ModelFiles.join(
            new double[] {
              heldOutLossMaeS, baselineLossMaeS, heldOutWearMaePct, baselineWearMaePct
            }));
  }

  static ModelVersion load(Properties p) {
    double[] m = ModelFiles.doubles(p, "version.metrics");
    return new ModelVersion(
        Instant.parse(p.getProperty("version.createdAt")),
        p.getProperty("version.firstLap"),
        p.getProperty("version.lastLap"),
        Integer.parseInt(p.getProperty("version.trainingLaps")),
        Integer.parseInt(p.getProperty("version.members")),
        m[0],
        m[1],
        m[2],
        m[3]);
  }
}

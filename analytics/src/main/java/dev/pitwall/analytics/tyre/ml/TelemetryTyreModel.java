package dev.pitwall.analytics.tyre.ml;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A trained DJL/PyTorch tyre model: an ensemble of small MLPs mapping {@link LapFeatures} to
 * lap-time loss and per-tyre wear, with its feature schema, target scaling, held-out residual
 * spread (for intervals) and {@link ModelVersion}. Owns native memory: close it when replaced.
 *
 * <p>Thread contract: the model itself may be shared; each thread that predicts opens its own
 * {@link #newPredictor()} and closes it when done.
 */
public final class TelemetryTyreModel implements AutoCloseable {
  static final String PREFIX = "tyre-ensemble";
  static final String ENGINE = "PyTorch";
  static final double Z80 = 1.2815515655446004;

  private final Model model;
  private final Scaling scaling;
  private final ModelVersion version;

  /** Standardisation of inputs/targets and the architecture, as saved in model.properties. */
  record Scaling(
      FeatureSchema schema,
      double[] targetMeans,
      double[] targetSds,
      double[] residualSds,
      int members,
      int hiddenUnits) {}

  TelemetryTyreModel(Model model, Scaling scaling, ModelVersion version) {
    this.model = model;
    this.scaling = scaling;
    this.version = version;
  }

  public ModelVersion version() {
    return version;
  }

  public FeatureSchema schema() {
    return scaling.schema();
  }

  /** The DJL model, for tests comparing inference paths. */
  Model djlModel() {
    return model;
  }

  Scaling scaling() {
    return scaling;
  }

  /** A predictor for the calling thread only; close it when the thread is done. */
  public TelemetryTyrePredictor newPredictor() {
    return new TelemetryTyrePredictor(new FusedEnsemble(model), scaling);
  }

  /** Writes {@code model.properties} and the parameters into {@code dir} (created if needed). */
  public void save(Path dir) {
    try {
      Files.createDirectories(dir);
      Properties p = new Properties();
      version.store(p);
      scaling.schema().store(p);
      p.setProperty("target.means", ModelFiles.join(scaling.targetMeans()));
      p.setProperty("target.sds", ModelFiles.join(scaling.targetSds()));
      p.setProperty("residual.sds", ModelFiles.join(scaling.residualSds()));
      p.setProperty("net.members", Integer.toString(scaling.members()));
      p.setProperty("net.hiddenUnits", Integer.toString(scaling.hiddenUnits()));
      model.save(dir, PREFIX);
      try (OutputStream out = Files.newOutputStream(dir.resolve("model.properties"))) {
        p.store(out, "PitWall telemetry tyre model");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("saving tyre model to " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads a model saved by {@link #save}.
   *
   * @throws IllegalArgumentException naming the directory and what is wrong
   */
  public static TelemetryTyreModel load(Path dir) {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(dir.resolve("model.properties"))) {
      p.load(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("tyre model " + dir + ": cannot read model.properties");
    }
    int members = Integer.parseInt(p.getProperty("net.members", "0"));
    int hidden = Integer.parseInt(p.getProperty("net.hiddenUnits", "0"));
    Scaling scaling =
        new Scaling(
            FeatureSchema.load(p),
            ModelFiles.doubles(p, "target.means"),
            ModelFiles.doubles(p, "target.sds"),
            ModelFiles.doubles(p, "residual.sds"),
            members,
            hidden);
    Model model = Model.newInstance(PREFIX, ENGINE);
    model.setBlock(EnsembleNet.build(members, hidden));
    try {
      model.load(dir, PREFIX);
    } catch (IOException | MalformedModelException e) {
      model.close();
      throw new IllegalArgumentException("tyre model " + dir + ": " + e.getMessage(), e);
    }
    return new TelemetryTyreModel(model, scaling, ModelVersion.load(p));
  }

  @Override
  public void close() {
    model.close();
  }
}

package dev.pitwall.app.cli;

import dev.pitwall.analytics.tyre.DriftStatus;
import dev.pitwall.analytics.tyre.ml.DriftCheck;
import dev.pitwall.analytics.tyre.ml.ModelVersion;
import dev.pitwall.analytics.tyre.ml.PyTorchSettings;
import dev.pitwall.analytics.tyre.ml.SessionTrainingLaps;
import dev.pitwall.analytics.tyre.ml.TelemetryTyreModel;
import dev.pitwall.analytics.tyre.ml.TelemetryTyreTrainer;
import dev.pitwall.analytics.tyre.ml.TrainingLap;
import dev.pitwall.analytics.tyre.ml.TyreModelRegistry;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code pitwall tyre-model train|status}: trains the DJL telemetry tyre model from recorded
 * sessions into a new numbered version, and shows the latest version with its training range,
 * held-out metrics and drift on the sessions recorded since. Runs on the caller's thread.
 */
@Command(
    name = "tyre-model",
    description = "Train the telemetry tyre model from recorded sessions, or show its status.",
    subcommands = {TyreModelCommand.Train.class, TyreModelCommand.Status.class})
final class TyreModelCommand implements Callable<Integer> {
  @ParentCommand PitwallCommand root;

  @Override
  public Integer call() {
    throw new CliFailure("tyre-model needs an action: train or status");
  }

  static TyreModelRegistry registry(Path explicit, DatabaseOption database) {
    return explicit != null
        ? new TyreModelRegistry(explicit)
        : TyreModelRegistry.besideDatabase(database.path());
  }

  /** Training laps of the given sessions; prints one line per session. */
  static List<TrainingLap> laps(
      SessionStore store, List<Long> ids, String compound, PrintWriter out) {
    SessionTrainingLaps reader = new SessionTrainingLaps();
    List<TrainingLap> all = new ArrayList<>();
    for (long id : ids) {
      SessionTrainingLaps.Result r = reader.read(store, id, compound);
      all.addAll(r.laps());
      out.printf(
          Locale.ROOT,
          "session %d: %d clean laps, %d skipped%n",
          id,
          r.laps().size(),
          r.skippedLaps());
      r.problems().forEach(p -> out.println("  " + p));
    }
    return all;
  }

  @Command(name = "train", description = "Train a new model version from recorded sessions.")
  static final class Train implements Callable<Integer> {
    @ParentCommand TyreModelCommand parent;
    @Mixin DatabaseOption database;

    @Option(
        names = "--sessions",
        split = ",",
        paramLabel = "ID",
        description = "Session ids to train on (default: every session).")
    List<Long> sessions = new ArrayList<>();

    @Option(
        names = {"--out", "--models"},
        paramLabel = "DIR",
        description =
            "Model directory; the new version goes into DIR/vNNNN (default: next to the database, tyre-models).")
    Path out;

    @Option(
        names = "--compound",
        defaultValue = "UNKNOWN",
        description = "Tyre compound of these sessions (default ${DEFAULT-VALUE}).")
    String compound;

    @Option(names = "--epochs", defaultValue = "60", description = "Training epochs (default 60).")
    int epochs;

    @Override
    public Integer call() {
      PitwallCommand root = parent.root;
      PrintWriter w = root.out();
      if (epochs < 1 || epochs > 1000) {
        throw new CliFailure("--epochs must be 1..1000, got " + epochs);
      }
      PyTorchSettings.applyDefaults();
      List<Long> ids = new ArrayList<>();
      List<TrainingLap> laps;
      try (SessionStore store = root.services().openStore(database.path())) {
        if (sessions.isEmpty()) {
          store.sessions().stream().map(SessionSummary::id).sorted().forEach(ids::add);
        } else {
          sessions.forEach(id -> root.requireSession(store, id));
          ids.addAll(sessions);
        }
        laps = laps(store, ids, compound, w);
      }
      if (laps.size() < TelemetryTyreTrainer.MIN_LAPS) {
        throw new CliFailure(
            "not enough data: "
                + laps.size()
                + " clean laps with tyre telemetry in sessions "
                + ids
                + ", need "
                + TelemetryTyreTrainer.MIN_LAPS);
      }
      var d = TelemetryTyreTrainer.Settings.defaults();
      var settings =
          new TelemetryTyreTrainer.Settings(
              d.members(),
              d.hiddenUnits(),
              epochs,
              d.batchSize(),
              d.learningRate(),
              d.heldOutShare(),
              d.seed());
      TyreModelRegistry registry = registry(out, database);
      try (TelemetryTyreModel model =
          new TelemetryTyreTrainer(settings, Clock.systemUTC()).train(laps)) {
        TyreModelRegistry.Entry entry = registry.save(model, ids);
        w.println("saved tyre model " + entry.name() + " in " + entry.dir());
        printVersion(w, model.version());
      }
      w.flush();
      return 0;
    }
  }

  @Command(name = "status", description = "Show the latest model: version, range, metrics, drift.")
  static final class Status implements Callable<Integer> {
    @ParentCommand TyreModelCommand parent;
    @Mixin DatabaseOption database;

    @Option(
        names = {"--models", "--out"},
        paramLabel = "DIR",
        description = "Model directory (default: next to the database, tyre-models).")
    Path models;

    @Option(
        names = "--compound",
        defaultValue = "UNKNOWN",
        description = "Tyre compound of the newer sessions (default ${DEFAULT-VALUE}).")
    String compound;

    @Override
    public Integer call() {
      PitwallCommand root = parent.root;
      PrintWriter w = root.out();
      TyreModelRegistry registry = registry(models, database);
      TyreModelRegistry.Entry entry =
          registry
              .latest()
              .orElseThrow(
                  () ->
                      new CliFailure(
                          "no tyre model in "
                              + registry.root()
                              + " (train one with 'pitwall tyre-model train')"));
      PyTorchSettings.applyDefaults();
      try (TelemetryTyreModel model = entry.open()) {
        w.println("tyre model " + entry.name() + " (" + entry.dir() + ")");
        w.println("trained on sessions " + entry.sessionIds());
        printVersion(w, model.version());
        w.println(drift(root, entry, model));
      }
      w.flush();
      return 0;
    }

    private String drift(
        PitwallCommand root, TyreModelRegistry.Entry entry, TelemetryTyreModel model) {
      Path file = database.path().resolveSibling(database.path().getFileName() + ".mv.db");
      if (!java.nio.file.Files.exists(file)) {
        return "drift: no session database at " + file + " to check against";
      }
      List<TrainingLap> newer;
      List<Long> ids;
      try (SessionStore store = root.services().openStore(database.path())) {
        ids =
            store.sessions().stream()
                .map(SessionSummary::id)
                .filter(id -> id > entry.lastSessionId() && !entry.sessionIds().contains(id))
                .sorted()
                .toList();
        newer = laps(store, ids, compound, new PrintWriter(java.io.Writer.nullWriter()));
      }
      if (newer.isEmpty()) {
        return "drift: no laps recorded since training";
      }
      DriftStatus s = DriftCheck.evaluate(model, newer);
      String figures =
          String.format(
              Locale.ROOT,
              "%d laps of sessions %s: mean error %+.3f s, MAE %.3f s, 80 %% interval coverage %.0f %%",
              s.laps(),
              ids,
              s.meanErrorS(),
              s.maeS(),
              100 * s.coverage80());
      return s.drifting()
          ? "drift: FLAGGED (" + s.reason() + ") over " + figures
          : "drift: none over " + figures;
    }
  }

  static void printVersion(PrintWriter w, ModelVersion v) {
    w.println("created " + v.createdAt() + ", " + v.members() + " ensemble members");
    w.println(
        "training range: "
            + v.firstLap()
            + " .. "
            + v.lastLap()
            + " ("
            + v.trainingLaps()
            + " laps)");
    w.printf(
        Locale.ROOT,
        "held-out lap-time loss MAE %.3f s (baseline %.3f s); wear MAE %.4f %% (baseline %.4f %%)%n",
        v.heldOutLossMaeS(),
        v.baselineLossMaeS(),
        v.heldOutWearMaePct(),
        v.baselineWearMaePct());
  }
}

package dev.pitwall.app.cli;

import dev.pitwall.analytics.tyre.LapPrediction;
import dev.pitwall.analytics.tyre.Stint;
import dev.pitwall.analytics.tyre.StintForecaster;
import dev.pitwall.analytics.tyre.StintLap;
import dev.pitwall.analytics.tyre.TargetLap;
import dev.pitwall.analytics.tyre.TyreModel;
import dev.pitwall.analytics.tyre.TyreModelTrainer;
import dev.pitwall.analytics.tyre.fastf1.FastF1LapFile;
import dev.pitwall.analytics.tyre.fastf1.FastF1LapReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code stint-forecast --laps FILE}: for every stint in a FastF1 laps file, takes the first k
 * clean laps and predicts the next laps with an 80 % interval and an explanation. The model for a
 * race is trained on the file's other races (leave-one-race-out); a file with one race trains on
 * that race itself and says so. Exit 0 ok, 2 usage error, 1 failure with a one-line reason. Runs on
 * the caller's thread.
 */
@Command(
    name = "stint-forecast",
    mixinStandardHelpOptions = true,
    description = "Predict the next laps of every stint from its first k clean laps.")
public final class StintForecastCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--laps", required = true, paramLabel = "FILE", description = "laps CSV")
  Path laps;

  @Option(
      names = "--format",
      defaultValue = "fastf1",
      description = "laps file format (only: fastf1, default ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--k", defaultValue = "5", description = "clean laps of history (default 5)")
  int k;

  @Option(names = "--horizon", defaultValue = "5", description = "laps to predict (default 5)")
  int horizon;

  @Option(names = "--json", description = "print JSON instead of a table")
  boolean json;

  @Override
  public Integer call() {
    validate();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (!Files.isRegularFile(laps)) {
        throw new IllegalArgumentException(laps + ": no such file");
      }
      FastF1LapFile file = new FastF1LapReader().read(laps);
      List<Map<String, Object>> stints = forecastAll(file.stints());
      print(file, stints);
      if (file.badRows() > 0) {
        err.println(
            "stint-forecast: skipped "
                + file.badRows()
                + " malformed row(s), first: "
                + file.problems().get(0));
      }
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      err.println("stint-forecast: " + PitwallCommand.oneLine(e));
      return 1;
    } catch (RuntimeException e) {
      err.println("stint-forecast: internal error: " + PitwallCommand.oneLine(e));
      return 1;
    }
  }

  private void validate() {
    if (!"fastf1".equalsIgnoreCase(format)) {
      throw new ParameterException(
          spec.commandLine(), "unknown --format '" + format + "' (fastf1)");
    }
    if (k < StintForecaster.MIN_HISTORY_LAPS || k > 50) {
      throw new ParameterException(spec.commandLine(), "--k must be 3..50, got " + k);
    }
    if (horizon < 1 || horizon > 30) {
      throw new ParameterException(spec.commandLine(), "--horizon must be 1..30, got " + horizon);
    }
  }

  private List<Map<String, Object>> forecastAll(List<Stint> all) {
    int longest = all.stream().mapToInt(s -> s.laps().size()).max().orElse(0);
    if (longest < k) {
      throw new IllegalArgumentException(
          "not enough data: no stint in "
              + laps.getFileName()
              + " has "
              + k
              + " clean laps (longest: "
              + longest
              + ")");
    }
    Map<String, TyreModel> models = new HashMap<>();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Stint stint : all) {
      if (stint.laps().size() < k) {
        out.add(
            header(stint, "not enough data: " + stint.laps().size() + " clean laps, need " + k));
        continue;
      }
      TyreModel model = models.computeIfAbsent(stint.raceId(), race -> train(all, race));
      out.add(forecast(stint, model, all));
    }
    return out;
  }

  private TyreModel train(List<Stint> all, String race) {
    List<Stint> others = all.stream().filter(s -> !s.raceId().equals(race)).toList();
    return new TyreModelTrainer(k, horizon).train(others.isEmpty() ? all : others);
  }

  private Map<String, Object> forecast(Stint stint, TyreModel model, List<Stint> all) {
    // The rest of the field in the same race; the forecaster uses only laps completed by then.
    List<Stint> field =
        all.stream().filter(s -> s != stint && s.raceId().equals(stint.raceId())).toList();
    List<StintLap> history = stint.laps().subList(0, k);
    StintLap last = history.get(k - 1);
    List<TargetLap> targets = new ArrayList<>();
    for (int h = 1; h <= horizon; h++) {
      targets.add(TargetLap.after(last, h));
    }
    Map<Integer, Double> actual = new HashMap<>();
    stint.laps().forEach(l -> actual.put(l.lapNumber(), l.lapTimeS()));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (LapPrediction p :
        new StintForecaster(model).forecast(stint.compound(), history, targets, field)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("horizon", p.horizon());
      row.put("lap", p.lapNumber());
      row.put("tyreAgeLaps", p.tyreAgeLaps());
      row.put("predictedS", round(p.lapTimeS()));
      row.put("lower80S", round(p.lowerS()));
      row.put("upper80S", round(p.upperS()));
      row.put("actualS", actual.get(p.lapNumber()));
      row.put("explanation", p.explanation());
      rows.add(row);
    }
    Map<String, Object> m = header(stint, "ok");
    m.put(
        "trainedOn",
        model.trainingRaces().contains(stint.raceId())
            ? "this race (in-sample)"
            : String.join(", ", model.trainingRaces()));
    m.put("predictions", rows);
    return m;
  }

  private static Map<String, Object> header(Stint stint, String status) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("race", stint.raceId());
    m.put("driver", stint.driver());
    m.put("stint", stint.stintNumber());
    m.put("compound", stint.compound());
    m.put("cleanLaps", stint.laps().size());
    m.put("status", status);
    return m;
  }

  private static double round(double s) {
    return Math.round(s * 1000) / 1000.0;
  }

  private void print(FastF1LapFile file, List<Map<String, Object>> stints) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("file", laps.toString());
      doc.put("k", k);
      doc.put("horizon", horizon);
      doc.put("rows", file.rows());
      doc.put("cleanLaps", file.cleanLaps());
      doc.put("badRows", file.badRows());
      doc.put("stints", stints);
      out.println(Json.write(doc));
    } else {
      stints.forEach(s -> printStint(out, s));
    }
    out.flush();
  }

  @SuppressWarnings("unchecked")
  private static void printStint(PrintWriter out, Map<String, Object> s) {
    out.printf(
        Locale.ROOT,
        "%s %s stint %s (%s): %s%n",
        s.get("race"),
        s.get("driver"),
        s.get("stint"),
        s.get("compound"),
        s.get("status"));
    for (Map<String, Object> p :
        (List<Map<String, Object>>) s.getOrDefault("predictions", List.of())) {
      Object a = p.get("actualS");
      out.printf(
          Locale.ROOT,
          "  lap %3s  %s  [%s, %s]  actual %s  %s%n",
          p.get("lap"),
          LapFormat.lapTime((Double) p.get("predictedS")),
          LapFormat.lapTime((Double) p.get("lower80S")),
          LapFormat.lapTime((Double) p.get("upper80S")),
          a == null ? "-" : LapFormat.lapTime((Double) a),
          p.get("explanation"));
    }
  }
}

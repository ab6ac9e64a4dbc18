package dev.pitwall.analytics.tyre;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Trains a {@link TyreModel} from past stints. Per compound it fits every candidate degradation
 * form (linear, quadratic, logarithmic, cliff over a grid of cliff ages) and keeps the one with the
 * lowest leave-one-race-out forecast error (with a single race: leave-one-stint-out). Interval
 * widths and the bias correction come from the same out-of-sample residuals. Stateless.
 */
public final class TyreModelTrainer {
  static final String ANY = "ANY";
  private static final double[] CLIFF_AGES = {8, 12, 16, 20, 25};
  private static final int MIN_PROFILE_LAPS = 6;
  private static final int MIN_COMPOUND_STINTS = 5;

  private final int historyLaps;
  private final int horizon;

  /** k = history laps used by a forecast; horizon = laps predicted (for calibration). */
  public TyreModelTrainer(int historyLaps, int horizon) {
    if (historyLaps < StintForecaster.MIN_HISTORY_LAPS || horizon < 1) {
      throw new IllegalArgumentException("k must be >= 3 and horizon >= 1");
    }
    this.historyLaps = historyLaps;
    this.horizon = horizon;
  }

  /**
   * @throws IllegalArgumentException "not enough data ..." when the stints cannot train a model
   */
  public TyreModel train(List<Stint> stints) {
    List<Stint> usable = stints.stream().filter(s -> s.laps().size() > historyLaps).toList();
    Map<String, List<Stint>> folds = folds(usable);
    if (folds.size() < 2 || usable.size() < 3) {
      throw new IllegalArgumentException(
          "not enough data: "
              + usable.size()
              + " stints with more than "
              + historyLaps
              + " clean laps");
    }
    Map<String, Candidate> forms = chooseForms(usable, folds);
    List<List<double[]>> rows = new ArrayList<>();
    for (int h = 0; h < horizon; h++) {
      rows.add(new ArrayList<>());
    }
    for (List<Stint> fold : folds.values()) {
      List<Stint> train = others(usable, fold);
      Map<String, CompoundProfile> profiles = fitAll(train, forms);
      SlopePrior prior = SlopePrior.estimate(train, c -> pick(profiles, c));
      addStackRows(fold, c -> pick(profiles, c), prior, rows);
    }
    ForecastStack stack = ForecastStack.fit(rows);
    Map<String, CompoundProfile> profiles = fitAll(usable, forms);
    SlopePrior prior = SlopePrior.estimate(usable, c -> pick(profiles, c));
    CompoundProfile any = profiles.remove(ANY);
    return new TyreModel(
        profiles,
        any,
        prior,
        stack,
        ForecastCalibration.intervalsOnly(stack.residuals(rows)),
        List.copyOf(folds.keySet()),
        usable.size());
  }

  /**
   * Out-of-sample rows of one held-out training race for the blend: features and actual minus raw
   * forecast, each case seeing only the field laps completed before it.
   */
  private void addStackRows(
      List<Stint> race,
      Function<String, CompoundProfile> profiles,
      SlopePrior prior,
      List<List<double[]>> rows) {
    FieldResiduals field =
        FieldResiduals.of(race, StintForecaster.FIELD_WINDOW_LAPS, horizon, profiles, prior);
    for (ForecastCase c : ForecastCase.all(race, historyLaps, horizon)) {
      CompoundProfile profile = profiles.apply(c.stint().compound());
      StintLevelFit fit = StintLevelFit.fit(c.history(), profile, prior);
      double[][] sums = field.before(c.timeS(), c.stint(), horizon);
      List<TargetLap> targets = c.targets();
      for (int h = 1; h <= targets.size(); h++) {
        double raw = StintForecaster.raw(profile, fit, targets.get(h - 1));
        double[] f = ForecastStack.features(c.history(), raw, FieldResiduals.shiftS(sums, h));
        double[] row = Arrays.copyOf(f, ForecastStack.FEATURES + 1);
        row[ForecastStack.FEATURES] = c.future().get(h - 1).lapTimeS() - raw;
        rows.get(h - 1).add(row);
      }
    }
  }

  private record Candidate(DegradationForm form, double cliffAgeLaps) {}

  private Map<String, List<Stint>> folds(List<Stint> stints) {
    Map<String, List<Stint>> byRace =
        stints.stream()
            .collect(Collectors.groupingBy(Stint::raceId, LinkedHashMap::new, Collectors.toList()));
    if (byRace.size() >= 2) {
      return byRace;
    }
    return stints.stream()
        .collect(Collectors.groupingBy(Stint::label, LinkedHashMap::new, Collectors.toList()));
  }

  private Map<String, Candidate> chooseForms(List<Stint> stints, Map<String, List<Stint>> folds) {
    Map<String, List<Stint>> groups = compoundGroups(stints);
    Map<String, Candidate> chosen = new HashMap<>();
    for (Map.Entry<String, List<Stint>> g : groups.entrySet()) {
      Candidate best = null;
      double bestMae = Double.POSITIVE_INFINITY;
      for (Candidate candidate : candidates()) {
        double mae = outOfSampleMae(g.getKey(), g.getValue(), folds, candidate);
        if (mae < bestMae) {
          bestMae = mae;
          best = candidate;
        }
      }
      chosen.put(g.getKey(), best);
    }
    return chosen;
  }

  private double outOfSampleMae(
      String group, List<Stint> groupStints, Map<String, List<Stint>> folds, Candidate c) {
    double sum = 0;
    int n = 0;
    for (List<Stint> fold : folds.values()) {
      List<Stint> test = fold.stream().filter(s -> inGroup(group, s)).toList();
      if (test.isEmpty()) {
        continue;
      }
      List<Stint> train = others(groupStints, fold);
      CompoundProfile p =
          ProfileFitter.fit(group, profileStints(train), c.form(), c.cliffAgeLaps());
      for (ForecastCase fc : ForecastCase.all(test, historyLaps, horizon)) {
        double[] raw = rawForecast(p, SlopePrior.DEFAULT, fc);
        for (int h = 0; h < raw.length; h++) {
          sum += Math.abs(fc.future().get(h).lapTimeS() - raw[h]);
          n++;
        }
      }
    }
    return n == 0 ? Double.POSITIVE_INFINITY : sum / n;
  }

  private static List<Candidate> candidates() {
    List<Candidate> out = new ArrayList<>();
    out.add(new Candidate(DegradationForm.LINEAR, 0));
    out.add(new Candidate(DegradationForm.QUADRATIC, 0));
    out.add(new Candidate(DegradationForm.LOGARITHMIC, 0));
    for (double cliff : CLIFF_AGES) {
      out.add(new Candidate(DegradationForm.CLIFF, cliff));
    }
    return out;
  }

  /** Compounds with enough long stints get their own profile; ANY pools every stint. */
  private static Map<String, List<Stint>> compoundGroups(List<Stint> stints) {
    Map<String, List<Stint>> groups = new LinkedHashMap<>();
    groups.put(ANY, stints);
    Map<String, List<Stint>> byCompound =
        stints.stream()
            .collect(
                Collectors.groupingBy(Stint::compound, LinkedHashMap::new, Collectors.toList()));
    byCompound.forEach(
        (compound, list) -> {
          if (profileStints(list).size() >= MIN_COMPOUND_STINTS) {
            groups.put(compound, list);
          }
        });
    return groups;
  }

  private static boolean inGroup(String group, Stint s) {
    return group.equals(ANY) || group.equals(s.compound());
  }

  private static Map<String, CompoundProfile> fitAll(
      List<Stint> stints, Map<String, Candidate> forms) {
    Map<String, List<Stint>> groups = compoundGroups(stints);
    Map<String, CompoundProfile> out = new HashMap<>();
    for (Map.Entry<String, Candidate> f : forms.entrySet()) {
      List<Stint> group = groups.get(f.getKey());
      if (group != null) {
        Candidate c = f.getValue();
        out.put(
            f.getKey(),
            ProfileFitter.fit(f.getKey(), profileStints(group), c.form(), c.cliffAgeLaps()));
      }
    }
    return out;
  }

  private static CompoundProfile pick(Map<String, CompoundProfile> profiles, String compound) {
    return profiles.getOrDefault(compound, profiles.get(ANY));
  }

  private static List<Stint> profileStints(List<Stint> stints) {
    return stints.stream().filter(s -> s.laps().size() >= MIN_PROFILE_LAPS).toList();
  }

  private static List<Stint> others(List<Stint> all, List<Stint> excluded) {
    Set<Stint> out = Collections.newSetFromMap(new IdentityHashMap<>());
    out.addAll(excluded);
    return all.stream().filter(s -> !out.contains(s)).toList();
  }

  private static double[] rawForecast(CompoundProfile profile, SlopePrior prior, ForecastCase c) {
    StintLevelFit fit = StintLevelFit.fit(c.history(), profile, prior);
    List<TargetLap> targets = c.targets();
    double[] out = new double[targets.size()];
    for (int h = 0; h < out.length; h++) {
      out[h] = StintForecaster.raw(profile, fit, targets.get(h));
    }
    return out;
  }
}

package dev.pitwall.app.cli;

import dev.pitwall.analytics.race.engine.CompiledRace;
import dev.pitwall.analytics.race.engine.RaceResult;
import dev.pitwall.analytics.race.montecarlo.DriverOdds;
import dev.pitwall.analytics.race.montecarlo.MonteCarloSummary;
import dev.pitwall.analytics.race.param.RaceDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Text and JSON renderings of race-sim results. Stateless. */
final class RaceSimReport {
  private RaceSimReport() {}

  static String replayTable(RaceDefinition def, RaceResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%s %d (%d laps) deterministic replay, status %s%n",
            def.track().name(),
            def.rules().season(),
            r.totalLaps(),
            r.status()));
    sb.append(
        String.format(
            Locale.ROOT,
            "%3s  %-4s %5s %12s %10s%n",
            "pos",
            "drv",
            "laps",
            "race_time_s",
            "gap_s"));
    double winner = Double.NaN;
    for (int d : byPosition(r)) {
      double t = r.finalRaceTimeS(d);
      int laps = r.lapsCompleted(d);
      if (Double.isNaN(winner)) {
        winner = t;
      }
      String gap =
          r.retired()[d]
              ? "DNF"
              : laps < r.totalLaps()
                  ? "+" + (r.totalLaps() - laps) + " lap"
                  : String.format(Locale.ROOT, "%.3f", t - winner);
      sb.append(
          String.format(
              Locale.ROOT,
              "%3d  %-4s %5d %12.3f %10s%n",
              r.finalPosition(d),
              r.initials().get(d),
              laps,
              t,
              gap));
    }
    return sb.toString();
  }

  static String replayJson(RaceDefinition def, RaceResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append("{\"race\":").append(quote(def.track().name() + " " + def.rules().season()));
    sb.append(",\"laps\":").append(r.totalLaps());
    sb.append(",\"status\":").append(quote(r.status().name()));
    sb.append(",\"drivers\":[");
    List<String> items = new ArrayList<>();
    for (int d : byPosition(r)) {
      items.add(
          String.format(
              Locale.ROOT,
              "{\"initials\":%s,\"position\":%d,\"laps\":%d,\"raceTimeS\":%s,\"retired\":%b}",
              quote(r.initials().get(d)),
              r.finalPosition(d),
              r.lapsCompleted(d),
              num(r.finalRaceTimeS(d)),
              r.retired()[d]));
    }
    return sb.append(String.join(",", items)).append("]}\n").toString();
  }

  static String monteCarloTable(CompiledRace race, MonteCarloSummary s) {
    StringBuilder sb = new StringBuilder();
    RaceDefinition def = race.definition();
    sb.append(
        String.format(
            Locale.ROOT,
            "%s %d Monte Carlo: %d races (seed %d, %s, %d redrawn invalid)%n",
            def.track().name(),
            def.rules().season(),
            s.races(),
            s.seed(),
            s.stoppedEarly() ? "stopped early at SE(P(win)) < 0.005" : "all requested",
            s.invalidRaces()));
    sb.append(
        String.format(
            Locale.ROOT,
            "%-4s %7s %9s %7s %8s %10s %10s %10s%n",
            "drv",
            "P(win)",
            "P(podium)",
            "P(DNF)",
            "mean_pos",
            "P10_s",
            "P50_s",
            "P90_s"));
    List<DriverOdds> sorted = new ArrayList<>(s.drivers());
    sorted.sort(Comparator.comparingDouble(DriverOdds::meanPosition));
    for (DriverOdds d : sorted) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-4s %7.4f %9.4f %7.4f %8.3f %10s %10s %10s%n",
              d.initials(),
              d.pWin(),
              d.pPodium(),
              d.pDnf(),
              d.meanPosition(),
              seconds(d.raceTimeP10S()),
              seconds(d.raceTimeP50S()),
              seconds(d.raceTimeP90S())));
    }
    sb.append("race times: finishers on the lead lap; SC count histogram ");
    sb.append(java.util.Arrays.toString(s.scCountHistogram())).append('\n');
    return sb.toString();
  }

  /** "-" where no race time exists (never lead-lap finisher): a NaN is never shown. */
  private static String seconds(double s) {
    return Double.isFinite(s) ? String.format(Locale.ROOT, "%.1f", s) : "-";
  }

  static String monteCarloJson(CompiledRace race, MonteCarloSummary s) {
    StringBuilder sb = new StringBuilder();
    RaceDefinition def = race.definition();
    sb.append("{\"race\":").append(quote(def.track().name() + " " + def.rules().season()));
    sb.append(",\"races\":").append(s.races()).append(",\"seed\":").append(s.seed());
    sb.append(",\"stoppedEarly\":")
        .append(s.stoppedEarly())
        .append(",\"invalidRedrawn\":")
        .append(s.invalidRaces());
    sb.append(",\"scCountHistogram\":")
        .append(java.util.Arrays.toString(s.scCountHistogram()).replace(" ", ""));
    sb.append(",\"drivers\":[");
    List<String> items = new ArrayList<>();
    for (DriverOdds d : s.drivers()) {
      items.add(
          String.format(
              Locale.ROOT,
              "{\"initials\":%s,\"pWin\":%s,\"pPodium\":%s,\"pDnf\":%s,\"meanPosition\":%s,\"raceTimeP10S\":%s,\"raceTimeP50S\":%s,\"raceTimeP90S\":%s}",
              quote(d.initials()),
              num(d.pWin()),
              num(d.pPodium()),
              num(d.pDnf()),
              num(d.meanPosition()),
              num(d.raceTimeP10S()),
              num(d.raceTimeP50S()),
              num(d.raceTimeP90S())));
    }
    return sb.append(String.join(",", items)).append("]}\n").toString();
  }

  private static List<Integer> byPosition(RaceResult r) {
    List<Integer> order = new ArrayList<>();
    for (int d = 0; d < r.driverCount(); d++) {
      order.add(d);
    }
    order.sort(Comparator.comparingInt(r::finalPosition));
    return order;
  }

  private static String num(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "null";
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}

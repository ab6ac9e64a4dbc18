package dev.pitwall.analytics.tyre;

import java.util.List;

/** A benchmark case: the first k clean laps of a stint and the (up to) next h clean laps. */
record ForecastCase(Stint stint, List<StintLap> history, List<StintLap> future) {
  static java.util.Optional<ForecastCase> of(Stint stint, int k, int horizon) {
    List<StintLap> laps = stint.laps();
    if (laps.size() < k + 1) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new ForecastCase(
            stint, laps.subList(0, k), laps.subList(k, Math.min(laps.size(), k + horizon))));
  }

  static List<ForecastCase> all(List<Stint> stints, int k, int horizon) {
    return stints.stream().flatMap(s -> of(s, k, horizon).stream()).toList();
  }

  /** Session time of the forecast: end of the last history lap (s, NaN when unknown). */
  double timeS() {
    return history.get(history.size() - 1).endTimeS();
  }

  /** The stints of {@code race} other than this case's own. */
  List<Stint> others(List<Stint> race) {
    return race.stream().filter(s -> s != stint).toList();
  }

  List<TargetLap> targets() {
    return future.stream().map(l -> new TargetLap(l.lapNumber(), l.tyreAgeLaps())).toList();
  }
}

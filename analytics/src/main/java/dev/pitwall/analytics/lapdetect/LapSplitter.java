package dev.pitwall.analytics.lapdetect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns start/finish crossings into laps and says, in words, why any of them must not be used.
 *
 * <p>A timed lap is invalid when: a bounding crossing is uncertain (dropout at the line); it
 * contains a GPS dropout or jump; the car stood still in it for {@code stopMinS} or more (red flag,
 * spin, pit box); it is shorter than {@code shortLapRatio} × the median lap (false crossing, cut
 * short) or longer than {@code slowLapRatio} × the median (red flag, safety car, missed crossing);
 * it touches the pit lane (in-lap/out-lap); or a sector line was not crossed. The stretches before
 * the first and after the last crossing become out-lap/in-lap when the car was stationary or in the
 * pits there, else partial laps. Stateless apart from its configuration; thread-safe.
 */
public final class LapSplitter {

  /** Thresholds; see the class comment. */
  public record Config(
      double stopSpeedKph, double stopMinS, double shortLapRatio, double slowLapRatio) {
    public static Config defaults() {
      return new Config(5.0, 3.0, 0.8, 1.3);
    }
  }

  private final Config config;

  public LapSplitter(Config config) {
    this.config = config;
  }

  /**
   * @param speed may be null (no stop detection, no out-/in-lap inference from standstill)
   * @param sectorLines crossings of each sector line in track order (not the finish line); may be
   *     empty
   * @param pitVisits from {@link PitLaneFinder}; may be empty
   */
  public LapDetection split(
      Crossings startFinish,
      long sessionStartNanos,
      long sessionEndNanos,
      SpeedTrace speed,
      List<Crossings> sectorLines,
      List<PitVisit> pitVisits) {
    TraceIssues issues = new TraceIssues();
    issues.addAll(startFinish.issues());
    List<LineCrossing> c = startFinish.crossings();
    List<DetectedLap> laps = new ArrayList<>();
    if (c.isEmpty()) {
      laps.add(
          new DetectedLap(
              0,
              sessionStartNanos,
              sessionEndNanos,
              LapKind.PARTIAL,
              List.of("no start/finish crossing found by " + startFinish.method().description()),
              List.of()));
      return new LapDetection(startFinish.method(), laps, pitVisits, issues);
    }
    if (c.get(0).timeNanos() > sessionStartNanos) {
      laps.add(edge(0, sessionStartNanos, c.get(0).timeNanos(), speed, pitVisits, true));
    }
    double median = medianLapS(c);
    for (int k = 0; k + 1 < c.size(); k++) {
      laps.add(timed(k + 1, c.get(k), c.get(k + 1), median, speed, sectorLines, pitVisits, issues));
    }
    long lastCrossing = c.get(c.size() - 1).timeNanos();
    if (lastCrossing < sessionEndNanos) {
      laps.add(edge(c.size(), lastCrossing, sessionEndNanos, speed, pitVisits, false));
    }
    return new LapDetection(startFinish.method(), laps, pitVisits, issues);
  }

  private DetectedLap edge(
      int number, long from, long to, SpeedTrace speed, List<PitVisit> pits, boolean atStart) {
    boolean inPits =
        pits.stream()
            .anyMatch(
                p ->
                    p.contains(atStart ? from : to)
                        || (p.entryNanos() >= from && p.exitNanos() <= to));
    boolean stopped = speed != null && speed.stoppedAt(from, to, config.stopSpeedKph(), atStart);
    if (inPits || stopped) {
      String why = inPits ? "in the pit lane" : "stationary";
      return new DetectedLap(
          number,
          from,
          to,
          atStart ? LapKind.OUT_LAP : LapKind.IN_LAP,
          List.of((atStart ? "out-lap: starts " : "in-lap: ends ") + why),
          List.of());
    }
    String why = atStart ? "recording starts mid-lap" : "recording ends mid-lap";
    return new DetectedLap(number, from, to, LapKind.PARTIAL, List.of(why), List.of());
  }

  private DetectedLap timed(
      int number,
      LineCrossing start,
      LineCrossing end,
      double medianS,
      SpeedTrace speed,
      List<Crossings> sectors,
      List<PitVisit> pits,
      TraceIssues issues) {
    long from = start.timeNanos();
    long to = end.timeNanos();
    List<String> reasons = new ArrayList<>();
    LapKind kind = LapKind.TIMED;
    if (!start.isCertain()) {
      reasons.add("start time estimated: " + start.uncertainty());
    }
    if (!end.isCertain()) {
      reasons.add("end time estimated: " + end.uncertainty());
    }
    for (TraceIssue issue :
        issues.between(from + 1, to, TraceIssue.Kind.GAP, TraceIssue.Kind.JUMP)) {
      reasons.add(
          String.format(
              "%s at %.1f s into the lap (%s)",
              issue.kind() == TraceIssue.Kind.GAP ? "data dropout" : "GPS position jump",
              (issue.timeNanos() - from) / 1e9,
              issue.message()));
    }
    for (PitVisit p : pits) {
      if (p.entryNanos() > from && p.entryNanos() <= to) {
        kind = LapKind.IN_LAP;
        reasons.add(
            String.format(
                "in-lap: pit entry at %.1f s into the lap", (p.entryNanos() - from) / 1e9));
      }
      if (p.exitNanos() > from && p.exitNanos() < to) {
        kind = kind == LapKind.IN_LAP ? kind : LapKind.OUT_LAP;
        reasons.add(
            String.format(
                "out-lap: pit exit at %.1f s into the lap (%.1f s in pit lane)",
                (p.exitNanos() - from) / 1e9, p.durationS()));
      }
    }
    addStopAndLength(reasons, from, to, medianS, speed);
    List<Double> sectorTimes = sectorTimes(from, to, sectors, reasons);
    return new DetectedLap(number, from, to, kind, reasons, sectorTimes);
  }

  private void addStopAndLength(
      List<String> reasons, long from, long to, double medianS, SpeedTrace speed) {
    if (speed != null) {
      long[] stop = speed.longestStop(from, to, config.stopSpeedKph());
      double stopS = (stop[1] - stop[0]) / 1e9;
      if (stopS >= config.stopMinS()) {
        reasons.add(
            String.format(
                "car stopped for %.1f s at %.1f s into the lap (red flag, spin or incident)",
                stopS, (stop[0] - from) / 1e9));
      }
    }
    double lapS = (to - from) / 1e9;
    if (Double.isFinite(medianS) && lapS < config.shortLapRatio() * medianS) {
      reasons.add(String.format("cut short: %.3f s against a median lap of %.3f s", lapS, medianS));
    } else if (Double.isFinite(medianS) && lapS > config.slowLapRatio() * medianS) {
      reasons.add(
          String.format(
              "too slow: %.3f s against a median lap of %.3f s (red flag, safety car or a missed line crossing)",
              lapS, medianS));
    }
  }

  private static List<Double> sectorTimes(
      long from, long to, List<Crossings> sectors, List<String> reasons) {
    if (sectors.isEmpty()) {
      return List.of();
    }
    List<Double> out = new ArrayList<>();
    long previous = from;
    for (int s = 0; s < sectors.size(); s++) {
      long mark = firstBetween(sectors.get(s).crossings(), previous, to);
      if (mark < 0) {
        reasons.add("sector line " + (s + 1) + " not crossed in this lap");
        return List.of();
      }
      out.add((mark - previous) / 1e9);
      previous = mark;
    }
    out.add((to - previous) / 1e9);
    return out;
  }

  private static long firstBetween(List<LineCrossing> crossings, long from, long to) {
    for (LineCrossing c : crossings) {
      if (c.timeNanos() > from && c.timeNanos() < to) {
        return c.timeNanos();
      }
    }
    return -1;
  }

  /** Median of the crossing-to-crossing times; NaN with fewer than 3 laps (too few to judge). */
  private static double medianLapS(List<LineCrossing> c) {
    if (c.size() < 4) {
      return Double.NaN;
    }
    double[] laps = new double[c.size() - 1];
    for (int k = 0; k + 1 < c.size(); k++) {
      laps[k] = (c.get(k + 1).timeNanos() - c.get(k).timeNanos()) / 1e9;
    }
    Arrays.sort(laps);
    int n = laps.length;
    return n % 2 == 1 ? laps[n / 2] : (laps[n / 2 - 1] + laps[n / 2]) / 2;
  }
}

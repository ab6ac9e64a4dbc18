package dev.pitwall.analytics.strategy;

import dev.pitwall.analytics.race.engine.RaceSnapshot;
import dev.pitwall.analytics.race.param.PitStop;
import java.util.List;
import java.util.Map;

/**
 * What we know about our car after {@code lapsCompleted} laps.
 *
 * @param ourDriver initials of our car's driver in the race definition
 * @param lapTimesS our completed lap times in s, lap 1 first (NaN = not timed)
 * @param compound compound fitted now (TUM name, e.g. A4)
 * @param tyreAgeLaps laps on the current set at the end of the last completed lap
 * @param stopsSoFar our strategy up to now; entry 0 = start tyres (inlap 0)
 * @param fuelKg fuel on board in kg (NaN = unknown; the engine then uses the file's consumption)
 * @param gapsS gap in s to other drivers by initials (positive = they are behind); may be empty
 * @param field the whole race at the end of lap {@code lapsCompleted} (every car's race time,
 *     position, tyres, fuel, neutralisation), from which strategies are simulated; null = not
 *     observed, the engine then replays laps 1..N deterministically with our stops so far
 */
public record RaceSoFar(
    String ourDriver,
    int lapsCompleted,
    List<Double> lapTimesS,
    String compound,
    int tyreAgeLaps,
    List<PitStop> stopsSoFar,
    double fuelKg,
    Map<String, Double> gapsS,
    RaceSnapshot field) {

  public RaceSoFar {
    lapTimesS = List.copyOf(lapTimesS);
    stopsSoFar = List.copyOf(stopsSoFar);
    gapsS = Map.copyOf(gapsS);
    if (field != null && field.lap() != lapsCompleted) {
      throw new IllegalArgumentException(
          "race state of lap " + field.lap() + " given for lap " + lapsCompleted);
    }
  }

  /** Without an observed field state. */
  public RaceSoFar(
      String ourDriver,
      int lapsCompleted,
      List<Double> lapTimesS,
      String compound,
      int tyreAgeLaps,
      List<PitStop> stopsSoFar,
      double fuelKg,
      Map<String, Double> gapsS) {
    this(
        ourDriver,
        lapsCompleted,
        lapTimesS,
        compound,
        tyreAgeLaps,
        stopsSoFar,
        fuelKg,
        gapsS,
        null);
  }
}

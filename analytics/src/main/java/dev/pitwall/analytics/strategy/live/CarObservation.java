package dev.pitwall.analytics.strategy.live;

import dev.pitwall.core.session.Lap;
import java.util.List;

/**
 * What the live session knows about one car when our car completes a lap.
 *
 * @param car source car index (0 = our car)
 * @param laps completed timed laps, lap 1 first (from the lap timer)
 * @param lapDistanceM distance into the lap being driven now, m (NaN = unknown)
 * @param compound series compound code fitted now (null = the series' first compound)
 * @param tyreAgeLaps age of the set at the last completed lap (NaN = laps since the last stop)
 * @param pitInLaps laps at whose end the car entered the pit lane, ascending
 * @param fuelKg fuel on board (NaN = unknown: the series' consumption)
 */
public record CarObservation(
    int car,
    List<Lap> laps,
    double lapDistanceM,
    String compound,
    double tyreAgeLaps,
    List<Integer> pitInLaps,
    double fuelKg) {

  public CarObservation {
    laps = List.copyOf(laps);
    pitInLaps = List.copyOf(pitInLaps);
  }

  public int lapsCompleted() {
    return laps.size();
  }
}

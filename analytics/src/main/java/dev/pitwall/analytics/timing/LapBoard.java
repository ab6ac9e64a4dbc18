package dev.pitwall.analytics.timing;

import dev.pitwall.core.session.Lap;
import java.util.List;
import java.util.Optional;

/**
 * Immutable timing snapshot of one car, published by {@link LapTimer} after each processed block
 * and safe to read from any thread (the UI reads it once per frame).
 *
 * <p>Times are seconds unless the name says otherwise; NaN means "not known yet" (no best lap, no
 * timed lap running, sector not reached).
 *
 * @param completedLaps timed laps in order (lap 1 first); the partial lap before the first line
 *     crossing is never included
 * @param bestLap the fastest valid completed lap, if any
 * @param bestSectorsS fastest time of each sector over all valid laps (NaN when none)
 * @param currentLapNumber lap now being driven; 0 while on the partial lap before the first
 *     crossing
 * @param currentLapElapsedS time since the current lap started, at the latest sample; NaN on lap 0
 * @param currentLapDistanceM latest lapDistance sample accepted (m)
 * @param currentSectorTimesS times of the sectors of the current lap completed so far
 * @param liveDeltaS time now minus the best lap's time at the same distance; negative = faster
 * @param latestTimeNanos time of the latest accepted sample since session start
 * @param ignoredJumps lapDistance samples rejected as glitches (drops away from the line, jumps)
 */
public record LapBoard(
    int car,
    List<Lap> completedLaps,
    Optional<Lap> bestLap,
    List<Double> bestSectorsS,
    int currentLapNumber,
    double currentLapElapsedS,
    double currentLapDistanceM,
    List<Double> currentSectorTimesS,
    double liveDeltaS,
    long latestTimeNanos,
    long ignoredJumps) {

  public LapBoard {
    completedLaps = List.copyOf(completedLaps);
    bestSectorsS = List.copyOf(bestSectorsS);
    currentSectorTimesS = List.copyOf(currentSectorTimesS);
  }

  /** The board of a car nothing is known about yet. */
  public static LapBoard empty(int car) {
    return new LapBoard(
        car,
        List.of(),
        Optional.empty(),
        List.of(),
        0,
        Double.NaN,
        Double.NaN,
        List.of(),
        Double.NaN,
        0,
        0);
  }

  /** Sector time of {@code lap} minus the best time of that sector; NaN when either is unknown. */
  public double sectorDeltaS(Lap lap, int sector) {
    if (sector >= lap.sectorTimesS().size() || sector >= bestSectorsS.size()) {
      return Double.NaN;
    }
    return lap.sectorTimesS().get(sector) - bestSectorsS.get(sector);
  }

  /** Current-lap sector time minus the best of that sector; NaN when not completed yet. */
  public double currentSectorDeltaS(int sector) {
    if (sector >= currentSectorTimesS.size() || sector >= bestSectorsS.size()) {
      return Double.NaN;
    }
    return currentSectorTimesS.get(sector) - bestSectorsS.get(sector);
  }

  /** Lap time minus the best lap time; NaN without a best lap. */
  public double lapDeltaS(Lap lap) {
    return bestLap.map(best -> lap.lapTimeS() - best.lapTimeS()).orElse(Double.NaN);
  }
}

package dev.pitwall.analytics.strategy;

import dev.pitwall.analytics.race.param.CompoundCoeffs;
import dev.pitwall.analytics.race.param.PitStop;
import dev.pitwall.analytics.race.param.RaceDefinition;
import dev.pitwall.analytics.race.param.TeamParams;
import dev.pitwall.analytics.race.param.TrackParams;
import dev.pitwall.analytics.race.param.TyreParams;

/**
 * Screening surrogate: our car alone on track, the TUM lap-time terms that depend on the plan (tyre
 * loss by age, cold tyres on out-laps, pit-lane drive and stationary time) summed over the laps
 * still to run. Terms every plan shares (base lap, driver, car, fuel) are left out, so only
 * differences between plans mean anything. Ignores traffic, which the full engine then adds for the
 * plans that survive. Microseconds per plan; immutable.
 */
final class OwnPace {
  private final TyreParams tyres;
  private final int fromLap;
  private final int totalLaps;
  private final String compound;
  private final int ageLaps;
  private final double pitLossS;
  private final double pitLossScS;
  private final int scEndLap;

  OwnPace(RaceDefinition base, RaceSoFar race, boolean safetyCarNow) {
    this.tyres = base.tyres().get(race.ourDriver());
    this.fromLap = race.lapsCompleted() + 1;
    this.totalLaps = base.rules().totalLaps();
    this.compound = race.compound();
    this.ageLaps = race.tyreAgeLaps();
    TrackParams t = base.track();
    TeamParams team = base.teams().get(base.drivers().get(race.ourDriver()).team());
    double stationary = t.tPitTireChangeMinS() + team.tPitTireChangeAddS();
    this.pitLossS = t.tPitDriveInlapS() + t.tPitDriveOutlapS() + stationary;
    this.pitLossScS = t.tPitDriveInlapScS() + t.tPitDriveOutlapScS() + stationary;
    this.scEndLap = safetyCarNow ? race.lapsCompleted() + 4 : 0;
  }

  /** Plan-dependent time over the remaining laps, s. */
  double timeS(Strategy plan) {
    double sum = 0;
    String c = compound;
    int age = ageLaps;
    int next = 0;
    for (int lap = fromLap; lap <= totalLaps; lap++) {
      age++;
      sum += loss(c, age);
      if (next < plan.stops() && plan.futureStops().get(next).inlap() == lap) {
        PitStop p = plan.futureStops().get(next++);
        sum += lap <= scEndLap ? pitLossScS : pitLossS;
        sum += tyres.tAddColdTiresS();
        c = p.compound();
        age = p.tyreAgeLaps();
      }
    }
    return sum;
  }

  private double loss(String c, int age) {
    CompoundCoeffs k = tyres.compounds().get(c);
    return k.timeLossS(tyres.model(), age);
  }
}

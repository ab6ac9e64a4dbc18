package dev.pitwall.analytics.race.param;

import java.util.List;

/** DRIVER_PARS of one driver. Times in seconds, speed in km/h. */
public record DriverParams(
    String initials,
    int carNo,
    String name,
    String team,
    double tDriverS,
    List<PitStop> strategy,
    int gridPosition,
    double tTeamOrderS,
    double velMaxKph) {

  public DriverParams withStrategy(List<PitStop> newStrategy) {
    return new DriverParams(
        initials,
        carNo,
        name,
        team,
        tDriverS,
        List.copyOf(newStrategy),
        gridPosition,
        tTeamOrderS,
        velMaxKph);
  }
}

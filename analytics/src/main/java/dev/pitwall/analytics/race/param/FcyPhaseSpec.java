package dev.pitwall.analytics.race.param;

/**
 * A neutralisation from EVENT_PARS. In the progress domain start/end are race progress in laps and
 * scDelayS/scDurationLaps are NaN; in the time domain start/end are race times in s.
 */
public record FcyPhaseSpec(
    double start, double end, boolean safetyCar, double scDelayS, double scDurationLaps) {}

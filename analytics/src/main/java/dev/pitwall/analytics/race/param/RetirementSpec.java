package dev.pitwall.analytics.race.param;

/** A retirement from EVENT_PARS at race progress (laps) or race time (s), by domain. */
public record RetirementSpec(String initials, double at) {}

package dev.pitwall.analytics.coaching;

/**
 * One coaching point: where time went and what the driver did differently there.
 *
 * @param where corner name, or {@code "whole lap"} when the lap has no corners
 * @param timeLostS time lost against the reference over the stretch (negative = gained)
 * @param fromM start of the stretch on the distance grid, for a UI to jump to
 * @param toM end of the stretch
 * @param text plain words with numbers, e.g. "T4: braking 8 m earlier than your best lap, minimum
 *     speed 3 km/h lower — 0.12 s"
 */
public record Finding(String where, double timeLostS, double fromM, double toM, String text) {}

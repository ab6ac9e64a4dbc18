package dev.pitwall.analytics.lapdetect;

/**
 * One crossing of a timing line (or lap-distance reset, or beacon pulse).
 *
 * @param timeNanos interpolated session time of the crossing
 * @param index index of the first sample after the crossing
 * @param uncertainty empty when the crossing is measured; otherwise why its time is an estimate
 *     (e.g. interpolated across a 2.4 s GPS dropout) — laps bounded by it are not valid
 */
public record LineCrossing(long timeNanos, int index, String uncertainty) {

  public boolean isCertain() {
    return uncertainty.isEmpty();
  }
}

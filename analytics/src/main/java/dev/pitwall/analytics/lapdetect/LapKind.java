package dev.pitwall.analytics.lapdetect;

/** What a stretch between two line crossings (or the recording ends) is. */
public enum LapKind {
  /** From the pits or a standing start to the first line crossing. */
  OUT_LAP,
  /** A complete lap from one line crossing to the next. */
  TIMED,
  /** The lap ending in the pits or with the car stopped at the end of the recording. */
  IN_LAP,
  /** The recording starts or ends mid-lap, or no line crossing was found at all. */
  PARTIAL
}

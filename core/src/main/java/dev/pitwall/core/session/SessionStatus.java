package dev.pitwall.core.session;

/** How a session ended (or that it has not). */
public enum SessionStatus {
  /** Being written now. */
  RECORDING,
  /** Ended normally. */
  COMPLETED,
  /** Found still RECORDING when the store was next opened: the process died (kill -9, power). */
  INTERRUPTED,
  /** Recording stopped because of an error (disk full, ...); what was written is readable. */
  FAILED
}

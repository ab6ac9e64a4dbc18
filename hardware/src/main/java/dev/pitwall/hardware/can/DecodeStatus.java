package dev.pitwall.hardware.can;

/** Outcome of decoding one frame. */
public enum DecodeStatus {
  /** All signals (of the active multiplex group) were delivered. */
  DECODED,
  /** No DBC message has this identifier; nothing delivered. */
  UNKNOWN_ID,
  /** The vendor checksum does not match; nothing delivered. */
  BAD_CHECKSUM,
  /** The payload is shorter than the DBC says; only the signals that fit were delivered. */
  SHORT_PAYLOAD,
  /** Remote or error frame: carries no signal data. */
  NO_DATA
}

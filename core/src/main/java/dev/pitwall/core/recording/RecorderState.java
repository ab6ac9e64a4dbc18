package dev.pitwall.core.recording;

/** Life of a {@link SessionRecorder}; moves forward only. */
public enum RecorderState {
  /** Constructed, writer thread not started. */
  NEW,
  /** Writer thread draining the subscription into the recording. */
  RECORDING,
  /** {@link SessionRecorder#stop()} called: draining what is still buffered. */
  STOPPING,
  /** Everything drained, session finished as COMPLETED. */
  COMPLETED,
  /** A store error ended recording; the session was finished as FAILED where still possible. */
  FAILED
}

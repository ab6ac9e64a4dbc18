package dev.pitwall.storage.h2;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.Map;

/**
 * The recording of a continued session: a fresh source's times (ns from its own start) are shifted
 * to session time after the gap, and its laps (numbered from 1 again by a fresh lap timer) are
 * shifted alike and numbered after the session's last lap of the same car. Single writer thread, as
 * {@link SessionRecording}.
 */
final class ShiftedRecording implements SessionRecording {
  private final SessionRecording target;
  private final long offsetNanos;
  private final Map<Integer, Integer> lastLapNumbers;

  ShiftedRecording(
      SessionRecording target, long offsetNanos, Map<Integer, Integer> lastLapNumbers) {
    this.target = target;
    this.offsetNanos = offsetNanos;
    this.lastLapNumbers = Map.copyOf(lastLapNumbers);
  }

  @Override
  public long sessionId() {
    return target.sessionId();
  }

  @Override
  public void append(SampleBlock block) {
    int n = block.size();
    long[] times = new long[n];
    double[] values = new double[n];
    block.copyValues(values, 0);
    for (int i = 0; i < n; i++) {
      times[i] = block.timeNanos(i) + offsetNanos;
    }
    target.append(new SampleBlock(block.channel(), times, values, n));
  }

  @Override
  public void addLap(Lap lap) {
    target.addLap(
        new Lap(
            lap.car(),
            lap.number() + lastLapNumbers.getOrDefault(lap.car(), 0),
            lap.startNanos() + offsetNanos,
            lap.endNanos() + offsetNanos,
            lap.sectorTimesS(),
            lap.valid()));
  }

  @Override
  public void commit() {
    target.commit();
  }

  @Override
  public void finish(SessionStatus status) {
    target.finish(status);
  }
}

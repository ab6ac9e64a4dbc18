package dev.pitwall.storage.h2;

import dev.pitwall.core.recording.RecorderCounters;
import dev.pitwall.core.recording.SessionRecorder;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleBus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Child process of {@link KillRecoveryTest}: records 20 channels at 100 Hz in real time through
 * SampleBus → SessionRecorder → H2 file until it is killed, printing {@code published <i>} after
 * sample {@code i} of every channel went onto the bus (every 10th sample).
 *
 * <p>Usage: {@code RecordingChild <db file>}.
 */
public final class RecordingChild {
  static final List<String> NAMES =
      List.of(
          "speed",
          "rpm",
          "gear",
          "throttle",
          "brakePressureFront",
          "brakePressureRear",
          "steeringAngle",
          "accLat",
          "accLong",
          "posX",
          "posY",
          "latitude",
          "longitude",
          "heading",
          "lapDistance",
          "fuel",
          "tyreTempFL",
          "tyreTempFR",
          "tyreTempRL",
          "tyreTempRR");
  static final long PERIOD_NANOS = 10_000_000L;

  private RecordingChild() {}

  /** The value channel {@code c} has at sample {@code i}: the parent checks it bit for bit. */
  static double value(int c, long i) {
    return c * 1000.0 + Math.sin(i * 0.01 + c) * 100.0;
  }

  static Channel channel(int c) {
    return new Channel(NAMES.get(c), "-", 100);
  }

  public static void main(String[] args) {
    H2SessionStore store = H2SessionStore.open(Path.of(args[0]));
    SessionRecording recording =
        store.startSession(new SessionInfo("sim", "kill -9", "cota", "sim:child", Instant.now()));
    SampleBus bus = new SampleBus();
    SessionRecorder recorder = new SessionRecorder(bus, recording);
    recorder.start();
    System.out.println("session " + recording.sessionId());
    long t0 = System.nanoTime();
    for (long i = 0; ; i++) {
      LockSupport.parkNanos(t0 + i * PERIOD_NANOS - System.nanoTime());
      for (int c = 0; c < NAMES.size(); c++) {
        bus.publish(SampleBlock.single(channel(c), i * PERIOD_NANOS, value(c, i)));
      }
      if (i % 10 == 0) {
        RecorderCounters counters = recorder.counters();
        System.out.println(
            "published " + i + " written " + counters.samplesWritten() + " " + counters.state());
        System.out.flush();
      }
    }
  }
}

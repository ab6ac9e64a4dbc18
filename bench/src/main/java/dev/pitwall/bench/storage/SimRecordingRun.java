package dev.pitwall.bench.storage;

import dev.pitwall.analytics.timing.LapTimer;
import dev.pitwall.core.recording.RecorderCounters;
import dev.pitwall.core.recording.SessionRecorder;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.telemetry.SampleBus;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.hardware.sim.SimConfig;
import dev.pitwall.hardware.sim.SimulatedCarSource;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * Records a simulated session the way {@code pitwall record} does — simulator → {@link SampleBus} →
 * {@link SessionRecorder} (its writer thread, commits every 200 ms as the app's live sessions) into
 * a {@link SessionStore}, with a {@link LapTimer} submitting laps — but as fast as the writer takes
 * it: the simulator thread waits while more than {@link #MAX_IN_FLIGHT_SAMPLES} published samples
 * are not yet appended, so nothing is dropped. Not a test and not JMH: the probes in this package
 * use it.
 */
final class SimRecordingRun {
  static final long MAX_IN_FLIGHT_SAMPLES = 200_000;

  private SimRecordingRun() {}

  /** The recorder's commit interval: {@code -Dpitwall.commitMs=N}, default the recorder's own. */
  static Duration commitInterval() {
    String ms = System.getProperty("pitwall.commitMs");
    return ms == null
        ? SessionRecorder.DEFAULT_COMMIT_INTERVAL
        : Duration.ofMillis(Long.parseLong(ms));
  }

  /**
   * @param uri a {@code sim:} URI with {@code speed=max} and a duration
   * @param onSessionSecond called on the simulator thread with the session time in whole seconds
   *     each time a published block crosses a second boundary (the probes sample there)
   * @return the recorder's counters after it stopped
   */
  static RecorderCounters record(SessionStore store, String uri, LongConsumer onSessionSecond)
      throws InterruptedException {
    SimConfig config = SimConfig.parse(uri);
    SimulatedCarSource source = new SimulatedCarSource(uri);
    SessionRecording recording =
        store.startSession(
            new SessionInfo("GR86 Cup", "sim", config.trackKey(), uri, Instant.now()));
    SampleBus bus = new SampleBus();
    SessionRecorder recorder = new SessionRecorder(bus, recording, 16_384, commitInterval());
    LapTimer laps =
        LapTimer.forTrack(TrackCatalog.builtIn().load(config.trackKey()), recorder::submitLap);
    recorder.start();
    long[] lastSecond = {-1};
    source.start(
        block -> {
          while (bus.publishedSamples() - recorder.counters().samplesAppended()
              > MAX_IN_FLIGHT_SAMPLES) {
            LockSupport.parkNanos(200_000);
          }
          laps.accept(block);
          bus.publish(block);
          long second = block.lastTimeNanos() / 1_000_000_000L;
          if (second != lastSecond[0]) {
            lastSecond[0] = second;
            onSessionSecond.accept(second);
          }
        });
    while (source.lifecycle().state() != SourceState.STOPPED) {
      Thread.sleep(20);
    }
    source.stop();
    return recorder.stop();
  }
}

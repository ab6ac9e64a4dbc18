package dev.pitwall.storage.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.recording.RecorderCounters;
import dev.pitwall.core.recording.RecorderState;
import dev.pitwall.core.recording.SessionRecorder;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleBus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecorderIntoH2Test {
  private static final Channel SPEED = new Channel("speed", "km/h", 100);
  private static final SessionInfo INFO =
      new SessionInfo("car", "driver", "cota", "sim:cota", Instant.parse("2026-11-23T10:00:00Z"));

  @Test
  void recordsEverySampleAndLapFromTheBusAndCompletes() {
    try (H2SessionStore store = H2SessionStore.inMemory()) {
      SampleBus bus = new SampleBus();
      SessionRecording recording = store.startSession(INFO);
      SessionRecorder recorder = new SessionRecorder(bus, recording);
      recorder.start();
      for (int i = 0; i < 10_000; i++) {
        bus.publish(SampleBlock.single(SPEED, i * 10_000_000L, i * 0.5));
      }
      Lap lap = new Lap(0, 1, 0, 99_990_000_000L, List.of(33.3, 33.3, 33.39), true);
      recorder.submitLap(lap);
      RecorderCounters c = recorder.stop();

      assertEquals(10_000, c.samplesWritten());
      assertEquals(0, c.samplesDropped());
      long id = recording.sessionId();
      assertEquals(SessionStatus.COMPLETED, store.session(id).orElseThrow().status());
      assertEquals(10_000, store.read(id, SPEED, 0, Long.MAX_VALUE).size());
      assertEquals(List.of(lap), store.laps(id));
    }
  }

  @Test
  void storeClosedUnderARunningRecorderFailsItWithAMessageAndCountsTheLoss() throws Exception {
    H2SessionStore store = H2SessionStore.inMemory();
    SampleBus bus = new SampleBus();
    SessionRecorder recorder = new SessionRecorder(bus, store.startSession(INFO));
    recorder.start();
    bus.publish(SampleBlock.single(SPEED, 0, 1.0)); // first commit is due only after 200 ms
    store.close();
    for (int i = 0; i < 500 && recorder.state() == RecorderState.RECORDING; i++) {
      Thread.sleep(10);
    }
    RecorderCounters c = recorder.stop();

    assertEquals(RecorderState.FAILED, c.state());
    String error = c.lastError().orElseThrow();
    assertTrue(error.startsWith("recording of session 1 failed: cannot write "), error);
    assertEquals(0, c.samplesWritten());
    assertEquals(1, c.samplesLost(), "the sample is counted, not silently gone");
  }
}

package dev.pitwall.core.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleBus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class SessionRecorderTest {
  private final Channel speed = new Channel("speed", "km/h", 100);
  private final Channel rpm = new Channel("rpm", "rpm", 100);
  private final SampleBus bus = new SampleBus();
  private final FakeRecording recording = new FakeRecording();

  @Test
  void writesEverySamplePublishedFromSeveralThreadsAndCompletesOnStop() throws Exception {
    SessionRecorder recorder = new SessionRecorder(bus, recording);
    recorder.start();
    Thread a = new Thread(() -> publish(speed, 500, 10));
    Thread b = new Thread(() -> publish(rpm, 500, 10));
    a.start();
    b.start();
    a.join();
    b.join();
    RecorderCounters c = recorder.stop();

    assertEquals(10_000, recording.appendedSamples());
    assertEquals(10_000, recording.committedSamples);
    assertEquals(SessionStatus.COMPLETED, recording.finished);
    assertEquals(RecorderState.COMPLETED, c.state());
    assertEquals(10_000, c.samplesWritten());
    assertEquals(0, c.samplesDropped());
    assertEquals(0, c.samplesLost());
    assertTrue(c.lastError().isEmpty());
    assertEquals(0, bus.subscriptions().size(), "stop unsubscribes");
  }

  @Test
  void commitsWhileDataArrivesWithoutWaitingForStop() throws Exception {
    SessionRecorder recorder = new SessionRecorder(bus, recording, 64, Duration.ofMillis(50));
    recorder.start();
    long end = System.nanoTime() + Duration.ofMillis(400).toNanos();
    int i = 0;
    while (System.nanoTime() < end) {
      bus.publish(SampleBlock.single(speed, i++, i));
      Thread.sleep(5);
    }
    awaitTrue(() -> recording.commits >= 4, "at least 4 commits in 400 ms at a 50 ms interval");
    assertTrue(recording.committedSamples > 0);
    assertEquals(null, recording.finished, "not finished before stop");
    recorder.stop();
    assertEquals(i, recording.committedSamples);
  }

  @Test
  void appliesLapsSubmittedFromAnyThreadOnTheNamedWriterThread() throws Exception {
    SessionRecorder recorder = new SessionRecorder(bus, recording);
    recorder.start();
    Lap lap = new Lap(0, 1, 0, 90_000_000_000L, List.of(30.0, 30.0, 30.0), true);
    Thread other = new Thread(() -> recorder.submitLap(lap));
    other.start();
    other.join();
    RecorderCounters c = recorder.stop();

    assertEquals(List.of(lap), recording.laps);
    assertEquals(List.of("pitwall-recorder-7"), recording.threads);
    assertEquals(1, c.lapsWritten());
  }

  @Test
  void storeErrorEndsRecordingAsFailedAndCountsEverySampleNotWritten() throws Exception {
    SessionRecorder recorder = new SessionRecorder(bus, recording, 1024, Duration.ofMillis(20));
    recording.failCommitWith = "disk full writing /x/pitwall.mv.db";
    recording.appendGate = new CountDownLatch(1);
    recorder.start();
    publish(speed, 100, 5); // all buffered: the writer waits in its first append
    recording.appendGate.countDown();
    awaitTrue(() -> recorder.state() == RecorderState.FAILED, "recorder failed");
    publish(speed, 10, 5); // after the failure: no longer subscribed, so not the recorder's loss
    RecorderCounters c = recorder.stop();

    assertEquals(SessionStatus.FAILED, recording.finished);
    assertEquals(RecorderState.FAILED, c.state());
    assertEquals(
        "recording of session 7 failed: disk full writing /x/pitwall.mv.db", c.lastError().get());
    assertEquals(0, c.samplesWritten());
    assertEquals(500, c.samplesLost() + c.samplesDropped());
  }

  @Test
  void countsSamplesTheFullSubscriptionDropped() throws Exception {
    recording.appendGate = new CountDownLatch(1);
    SessionRecorder recorder = new SessionRecorder(bus, recording, 2, Duration.ofMillis(200));
    recorder.start();
    publish(speed, 10, 3); // writer blocks in the first append; 2 more fit; the rest drop
    recording.appendGate.countDown();
    RecorderCounters c = recorder.stop();

    assertEquals(30, c.samplesWritten() + c.samplesDropped());
    assertTrue(c.samplesDropped() >= 21, "dropped " + c.samplesDropped());
    assertEquals(c.samplesWritten(), recording.committedSamples);
  }

  @Test
  void lapSubmittedAfterStopIsCountedAsLost() {
    SessionRecorder recorder = new SessionRecorder(bus, recording);
    recorder.start();
    recorder.stop();
    recorder.submitLap(new Lap(0, 1, 0, 1, List.of(), true));

    assertEquals(1, recorder.counters().lapsLost());
    assertTrue(recording.laps.isEmpty());
  }

  @Test
  void stopWithoutStartFinishesTheSessionCompleted() {
    SessionRecorder recorder = new SessionRecorder(bus, recording);
    assertEquals(RecorderState.COMPLETED, recorder.stop().state());
    assertEquals(SessionStatus.COMPLETED, recording.finished);
    assertEquals(RecorderState.COMPLETED, recorder.stop().state(), "idempotent");
  }

  private void publish(Channel channel, int blocks, int samplesPerBlock) {
    for (int b = 0; b < blocks; b++) {
      long[] t = new long[samplesPerBlock];
      double[] v = new double[samplesPerBlock];
      for (int i = 0; i < samplesPerBlock; i++) {
        t[i] = (long) (b * samplesPerBlock + i) * 10_000_000L;
        v[i] = b + i / 10.0;
      }
      bus.publish(new SampleBlock(channel, t, v, samplesPerBlock));
    }
  }

  private static void awaitTrue(BooleanSupplier condition, String what) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for: " + what);
      }
      Thread.sleep(5);
    }
  }
}

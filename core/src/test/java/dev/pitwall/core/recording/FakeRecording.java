package dev.pitwall.core.recording;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** An in-memory recording that remembers what happened on which thread and can fail on demand. */
final class FakeRecording implements SessionRecording {
  final List<SampleBlock> appended = new ArrayList<>();
  final List<Lap> laps = new ArrayList<>();
  final List<String> threads = new ArrayList<>();
  volatile long committedSamples;
  volatile int commits;
  volatile SessionStatus finished;
  volatile String failCommitWith;
  volatile CountDownLatch appendGate;
  private long appendedSamples;

  @Override
  public long sessionId() {
    return 7;
  }

  @Override
  public synchronized void append(SampleBlock block) {
    awaitGate();
    threads.add(Thread.currentThread().getName());
    appended.add(block);
    appendedSamples += block.size();
  }

  @Override
  public synchronized void addLap(Lap lap) {
    threads.add(Thread.currentThread().getName());
    laps.add(lap);
  }

  @Override
  public synchronized void commit() {
    if (failCommitWith != null) {
      throw new StoreException(failCommitWith);
    }
    committedSamples = appendedSamples;
    commits++;
  }

  @Override
  public synchronized void finish(SessionStatus status) {
    if (finished != null) {
      return;
    }
    if (status != SessionStatus.FAILED) {
      commit();
    }
    finished = status;
  }

  synchronized long appendedSamples() {
    return appendedSamples;
  }

  private void awaitGate() {
    CountDownLatch gate = appendGate;
    if (gate != null) {
      try {
        gate.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

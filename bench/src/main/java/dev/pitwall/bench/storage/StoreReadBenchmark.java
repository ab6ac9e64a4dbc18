package dev.pitwall.bench.storage;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.storage.h2.H2SessionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Read side, ms per operation. {@link #readOneLapOfEveryChannel}: all 50 channels of one 90 s lap
 * in the middle of a 1-hour, 50-channel, 100 Hz session (18 M samples) in an H2 file, reopened
 * after writing so nothing is cached from the write. {@link #listFiveHundredSessions}: the session
 * list of a file with 500 sessions (20 channels and 10 laps each).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class StoreReadBenchmark {
  static final int CHANNELS = 50;
  static final long HOUR_SAMPLES = 360_000;
  static final long LAP_START_NANOS = 1_800_000_000_000L; // 30 min in
  static final long LAP_NANOS = 90_000_000_000L;

  /** A 1-hour session in a file. */
  @State(Scope.Benchmark)
  public static class HourSession {
    Path dir;
    H2SessionStore store;
    long sessionId;
    SyntheticChannels synth = new SyntheticChannels(CHANNELS);

    @Setup
    public void setUp() throws IOException {
      dir = Files.createTempDirectory("pitwall-read");
      Path db = dir.resolve("hour");
      try (H2SessionStore writer = H2SessionStore.open(db);
          SessionRecording rec =
              writer.startSession(
                  new SessionInfo("bench", "jmh", "cota", "bench", Instant.now()))) {
        sessionId = rec.sessionId();
        for (long first = 0; first < HOUR_SAMPLES; first += 1000) {
          for (int c = 0; c < CHANNELS; c++) {
            rec.append(synth.block(c, first, 1000));
          }
          rec.commit();
        }
      }
      store = H2SessionStore.open(db);
      System.out.printf("%n1-hour file: %.1f MB%n", Files.size(dir.resolve("hour.mv.db")) / 1e6);
    }

    @TearDown
    public void tearDown() throws IOException {
      store.close();
      TrialDirectory.delete(dir);
    }
  }

  /** 500 sessions in a file. */
  @State(Scope.Benchmark)
  public static class ManySessions {
    Path dir;
    H2SessionStore store;

    @Setup
    public void setUp() throws IOException {
      dir = Files.createTempDirectory("pitwall-list");
      Path db = dir.resolve("many");
      SyntheticChannels synth = new SyntheticChannels(20);
      try (H2SessionStore writer = H2SessionStore.open(db)) {
        for (int s = 0; s < 500; s++) {
          Instant start = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(s * 3600L);
          try (SessionRecording rec =
              writer.startSession(
                  new SessionInfo("car" + s % 7, "driver", "cota", "bench", start))) {
            for (int c = 0; c < 20; c++) {
              rec.append(synth.block(c, 0, 500));
            }
            for (int lap = 1; lap <= 10; lap++) {
              rec.addLap(
                  new Lap(0, lap, lap * 100L, lap * 100L + 90_000_000_000L, List.of(), true));
            }
          }
        }
      }
      store = H2SessionStore.open(db);
    }

    @TearDown
    public void tearDown() throws IOException {
      store.close();
      TrialDirectory.delete(dir);
    }
  }

  @Benchmark
  public void readOneLapOfEveryChannel(HourSession h, Blackhole bh) {
    long samples = 0;
    for (int c = 0; c < CHANNELS; c++) {
      SampleBlock b =
          h.store.read(
              h.sessionId, h.synth.channels[c], LAP_START_NANOS, LAP_START_NANOS + LAP_NANOS);
      samples += b.size();
    }
    if (samples != CHANNELS * 9000L) {
      throw new IllegalStateException("read " + samples + " samples, expected 450000");
    }
    bh.consume(samples);
  }

  @Benchmark
  public List<SessionSummary> listFiveHundredSessions(ManySessions m) {
    List<SessionSummary> list = m.store.sessions();
    if (list.size() != 500) {
      throw new IllegalStateException(list.size() + " sessions");
    }
    return list;
  }
}

package dev.pitwall.bench.storage;

import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.storage.h2.H2SessionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Write throughput on one core, samples/s (one JMH op = one sample). {@link #columnarIntoH2}
 * appends 50 channels × 100-sample blocks straight into a {@link SessionRecording} of an H2 file on
 * the benchmark thread (no recorder thread), committing every 200 ms of wall time as the recorder
 * does; the data are generated beforehand so only encoding and H2 are measured. {@link #plainFile}
 * writes the same samples uncompressed to a {@link PlainFile} (12 bytes a sample): the ratio of the
 * two, in one run, is the target (≥ 30 %).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class StoreWriteBenchmark {
  static final int CHANNELS = 50;
  static final int BLOCK = 100;
  static final int SAMPLES_PER_OP = CHANNELS * BLOCK;
  static final int PREPARED_STEPS = 400; // 4000 samples per channel, reused with new times

  /** Pre-generated blocks: 400 steps × 50 channels. */
  @State(Scope.Benchmark)
  public static class Data {
    SampleBlock[][] blocks;
    long step;

    @Setup
    public void setUp() {
      SyntheticChannels synth = new SyntheticChannels(CHANNELS);
      blocks = new SampleBlock[PREPARED_STEPS][CHANNELS];
      for (int s = 0; s < PREPARED_STEPS; s++) {
        for (int c = 0; c < CHANNELS; c++) {
          blocks[s][c] = synth.block(c, (long) s * BLOCK, BLOCK);
        }
      }
    }

    /** The next step's blocks; times restart every 400 steps, which the store accepts. */
    SampleBlock[] next() {
      return blocks[(int) (step++ % PREPARED_STEPS)];
    }
  }

  /** A fresh H2 file and recording per trial. */
  @State(Scope.Benchmark)
  public static class H2File {
    Path dir;
    H2SessionStore store;
    SessionRecording recording;
    long nextCommitNanos;
    long samples;

    @Setup
    public void setUp() throws IOException {
      dir = Files.createTempDirectory("pitwall-write");
      store = H2SessionStore.open(dir.resolve("bench"));
      recording =
          store.startSession(new SessionInfo("bench", "jmh", "none", "bench:write", Instant.now()));
      nextCommitNanos = System.nanoTime() + 200_000_000L;
    }

    @TearDown
    public void tearDown() throws IOException {
      recording.close();
      store.close();
      long bytes = Files.size(dir.resolve("bench.mv.db"));
      System.out.printf(
          "%nH2 file %.2f B/sample (%d samples)%n", bytes / (double) samples, samples);
      TrialDirectory.delete(dir);
    }
  }

  @Benchmark
  @OperationsPerInvocation(SAMPLES_PER_OP)
  public void columnarIntoH2(Data data, H2File h2) {
    for (SampleBlock b : data.next()) {
      h2.recording.append(b);
    }
    h2.samples += SAMPLES_PER_OP;
    if (System.nanoTime() >= h2.nextCommitNanos) {
      h2.recording.commit();
      h2.nextCommitNanos += 200_000_000L;
    }
  }

  @Benchmark
  @OperationsPerInvocation(SAMPLES_PER_OP)
  public void plainFile(Data data, PlainFile out) throws IOException {
    for (SampleBlock block : data.next()) {
      out.append(block);
    }
    out.write();
  }
}

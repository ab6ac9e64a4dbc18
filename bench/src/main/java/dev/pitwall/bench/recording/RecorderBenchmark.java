package dev.pitwall.bench.recording;

import dev.pitwall.bench.storage.PlainFile;
import dev.pitwall.bench.storage.TrialDirectory;
import dev.pitwall.core.recording.RecorderCounters;
import dev.pitwall.core.recording.SessionRecorder;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleBus;
import dev.pitwall.storage.h2.H2SessionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
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
 * Recording throughput in samples/s (one JMH operation = one sample).
 *
 * <p>{@link #recorderToH2File} pushes blocks of 20 channels × 100 samples through SampleBus →
 * SessionRecorder (writer thread, 200 ms commits) → H2 file with {@code WRITE_DELAY=0}. The
 * publisher waits while more than {@link #MAX_IN_FLIGHT} samples are not yet appended, so the
 * number is what the writer sustains, not what the bus can buffer; dropped samples are printed at
 * the end and must be 0. {@link #plainFileBaseline} writes the same samples to a {@link PlainFile}
 * (12 bytes per sample): the ratio is the cost of H2 and the recorder.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class RecorderBenchmark {
  static final int CHANNELS = 20;
  static final int SAMPLES_PER_BLOCK = 100;
  static final int SAMPLES_PER_OP = CHANNELS * SAMPLES_PER_BLOCK;
  static final long PERIOD_NANOS = 10_000_000L; // 100 Hz
  static final long MAX_IN_FLIGHT = 20L * SAMPLES_PER_OP;

  /** Synthetic 100 Hz data: the same values for every block, times moving on. */
  @State(Scope.Thread)
  public static class Source {
    final Channel[] channels = new Channel[CHANNELS];
    final double[] values = new double[SAMPLES_PER_BLOCK];
    long nextIndex;

    @Setup
    public void setUp() {
      for (int c = 0; c < CHANNELS; c++) {
        channels[c] = new Channel("ch" + c, "-", 100);
      }
      for (int i = 0; i < SAMPLES_PER_BLOCK; i++) {
        values[i] = 100 + Math.sin(i * 0.1) * 50; // shared read-only by all blocks
      }
    }

    SampleBlock block(int channel, long firstIndex) {
      long[] t = new long[SAMPLES_PER_BLOCK];
      for (int i = 0; i < SAMPLES_PER_BLOCK; i++) {
        t[i] = (firstIndex + i) * PERIOD_NANOS;
      }
      return new SampleBlock(channels[channel], t, values, SAMPLES_PER_BLOCK);
    }
  }

  /** An H2 file store with a running recorder, fresh per trial. */
  @State(Scope.Benchmark)
  public static class H2Pipeline {
    Path dir;
    H2SessionStore store;
    SampleBus bus;
    SessionRecorder recorder;

    @Setup
    public void setUp() throws IOException {
      dir = Files.createTempDirectory("pitwall-bench");
      store = H2SessionStore.open(dir.resolve("bench"));
      bus = new SampleBus();
      SessionInfo info = new SessionInfo("bench", "jmh", "none", "bench:synthetic", Instant.now());
      recorder = new SessionRecorder(bus, store.startSession(info));
      recorder.start();
    }

    @TearDown
    public void tearDown() throws IOException {
      RecorderCounters c = recorder.stop();
      long bytes = Files.size(dir.resolve("bench.mv.db"));
      store.close();
      System.out.printf(
          "%nrecorder: %d samples written, %d dropped, %d lost, %d commits, %s; file %.1f B/sample%n",
          c.samplesWritten(),
          c.samplesDropped(),
          c.samplesLost(),
          c.commits(),
          c.lastError().orElse("no error"),
          bytes / (double) Math.max(1, c.samplesWritten()));
      TrialDirectory.delete(dir);
    }
  }

  @Benchmark
  @OperationsPerInvocation(SAMPLES_PER_OP)
  public void recorderToH2File(Source source, H2Pipeline h2) {
    long first = source.nextIndex;
    for (int c = 0; c < CHANNELS; c++) {
      h2.bus.publish(source.block(c, first));
    }
    source.nextIndex += SAMPLES_PER_BLOCK;
    long published = h2.bus.publishedSamples();
    while (published - h2.bus.droppedSamples() - h2.recorder.counters().samplesAppended()
        > MAX_IN_FLIGHT) {
      LockSupport.parkNanos(20_000);
    }
  }

  @Benchmark
  @OperationsPerInvocation(SAMPLES_PER_OP)
  public void plainFileBaseline(Source source, PlainFile out) throws IOException {
    long first = source.nextIndex;
    for (int c = 0; c < CHANNELS; c++) {
      out.append(source.block(c, first));
    }
    source.nextIndex += SAMPLES_PER_BLOCK;
    out.write();
  }
}

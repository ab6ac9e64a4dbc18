package dev.pitwall.bench.can;

import dev.pitwall.core.source.SourceCounters;
import dev.pitwall.hardware.can.CanDecoder;
import dev.pitwall.hardware.can.CanFrame;
import dev.pitwall.hardware.can.ChecksumScheme;
import dev.pitwall.hardware.can.DecodeStatus;
import dev.pitwall.hardware.can.FrameDecoding;
import dev.pitwall.hardware.can.candump.CandumpLine;
import dev.pitwall.hardware.can.dbc.DbcParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * DBC decoding throughput on the real RAV4 Hybrid log (56,323 frames, Toyota checksums on). The
 * score is frames per second: each invocation decodes the whole log. A 1 Mbit/s CAN bus carries at
 * most ~9,000 frames/s, so score / 9,000 is the head-room on one core.
 *
 * <p>Run: {@code java -Dpitwall.data=../shared/data -cp ... org.openjdk.jmh.Main
 * CanDecodeBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CanDecodeBenchmark {
  static final int RAV4_FRAMES = 56_323;

  /** Frames of the log whose id the DBC defines (the rest are counted as unknown ids). */
  static final int RAV4_KNOWN_FRAMES = 7_362;

  private CanDecoder decoder;
  private CanFrame[] frames;
  private CanFrame[] knownFrames;
  private FrameDecoding pipeline;
  private SourceCounters counters;

  @Setup(Level.Trial)
  public void load() throws Exception {
    Path can = Path.of(System.getProperty("pitwall.data", "../shared/data"), "can", "rav4");
    decoder =
        new CanDecoder(
            DbcParser.parse(can.resolve("toyota_rav4_hybrid_2017_pt_generated.dbc")),
            ChecksumScheme.TOYOTA);
    List<String> lines = Files.readAllLines(can.resolve("candump_green_-2021-08-13_185747.log"));
    frames = new CanFrame[lines.size()];
    for (int i = 0; i < frames.length; i++) {
      frames[i] = CandumpLine.parse(lines.get(i));
    }
    if (frames.length != RAV4_FRAMES) {
      throw new IllegalStateException("expected " + RAV4_FRAMES + " frames, got " + frames.length);
    }
    knownFrames =
        java.util.Arrays.stream(frames)
            .filter(f -> decoder.decode(f, (c, t, v) -> {}) != DecodeStatus.UNKNOWN_ID)
            .toArray(CanFrame[]::new);
    if (knownFrames.length != RAV4_KNOWN_FRAMES) {
      throw new IllegalStateException("expected " + RAV4_KNOWN_FRAMES + " known frames");
    }
  }

  @Setup(Level.Iteration)
  public void freshPipeline() {
    counters = new SourceCounters();
    pipeline = new FrameDecoding(decoder, counters);
  }

  /** Decoder only: id lookup, checksum, signal extraction and scaling into a sink. */
  @Benchmark
  @OperationsPerInvocation(RAV4_FRAMES)
  public void decodeOnly(Blackhole bh) {
    for (CanFrame f : frames) {
      bh.consume(decoder.decode(f, (c, t, v) -> bh.consume(v)));
    }
  }

  /** Decoder only, on the frames the DBC defines: the worst case per frame. */
  @Benchmark
  @OperationsPerInvocation(RAV4_KNOWN_FRAMES)
  public void decodeKnownFramesOnly(Blackhole bh) {
    for (CanFrame f : knownFrames) {
      bh.consume(decoder.decode(f, (c, t, v) -> bh.consume(v)));
    }
  }

  /** What a source does per frame: decode, count, batch into SampleBlocks and publish. */
  @Benchmark
  @OperationsPerInvocation(RAV4_FRAMES)
  public void decodeCountAndBatch(Blackhole bh) {
    for (CanFrame f : frames) {
      pipeline.accept(f, "rav4.log", 0);
    }
    pipeline.batcher().flush(bh::consume, counters);
  }
}

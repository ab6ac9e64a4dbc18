package dev.pitwall.bench.f1;

import dev.pitwall.core.source.SourceCounters;
import dev.pitwall.hardware.f1.F1BlockAccumulator;
import dev.pitwall.hardware.f1.F1Channel;
import dev.pitwall.hardware.f1.F1Output;
import dev.pitwall.hardware.f1.F1UdpDecoder;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * F1 UDP decoding throughput on one core, one datagram per operation, cycling through all 1,431
 * datagrams of the three real F1 24 captures (so ops/s = packets/s with the real packet mix).
 *
 * <p>{@code decodeOnly}: validation + field extraction into a consuming output. {@code
 * decodeIntoBlocks}: the live path of F1UdpSource, values collected into SampleBlockBuilders and
 * flushed as blocks every 16 datagrams.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class F1DecodeBenchmark {
  private byte[][] datagrams;
  private int next;
  private F1UdpDecoder plainDecoder;
  private F1UdpDecoder blockDecoder;
  private F1BlockAccumulator accumulator;
  private Blackhole blackhole;
  private long publishedSamples;
  private long tick;

  @Setup
  public void load(Blackhole bh) {
    List<byte[]> all = F1Captures.allDatagrams();
    datagrams = all.toArray(new byte[0][]);
    blackhole = bh;
    F1Output consuming =
        new F1Output() {
          @Override
          public void sample(F1Channel channel, int car, long timeNanos, double value) {
            blackhole.consume(value);
          }
        };
    plainDecoder = new F1UdpDecoder("bench", new SourceCounters(), consuming);
    accumulator = new F1BlockAccumulator();
    blockDecoder = new F1UdpDecoder("bench", new SourceCounters(), accumulator);
  }

  @Benchmark
  public boolean decodeOnly() {
    byte[] d = datagrams[next];
    next = next + 1 == datagrams.length ? 0 : next + 1;
    return plainDecoder.decode(d, 0, d.length, tick++);
  }

  @Benchmark
  public boolean decodeIntoBlocks() {
    byte[] d = datagrams[next];
    next = next + 1 == datagrams.length ? 0 : next + 1;
    boolean ok = blockDecoder.decode(d, 0, d.length, tick++);
    if ((next & 15) == 0) {
      accumulator.flush(block -> publishedSamples += block.size());
    }
    return ok;
  }
}

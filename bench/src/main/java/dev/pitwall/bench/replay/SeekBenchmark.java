package dev.pitwall.bench.replay;

import dev.pitwall.bench.storage.SyntheticChannels;
import dev.pitwall.core.replay.ReplaySource;
import dev.pitwall.core.source.SourceMetadata;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleBus;
import dev.pitwall.core.telemetry.Subscription;
import dev.pitwall.storage.h2.H2SessionStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
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

/**
 * Seek in a 2-hour, 50-channel, 100 Hz session (36 M samples) in a real H2 file, ms per seek. A
 * seek goes to a random position and fetches what the live screen needs to redraw: the 65 s
 * pre-roll of every channel (the replay window's pre-roll), refilled into per-channel rings, and
 * the four visible traces decimated to 1000 pixel columns ({@link ScreenRings}).
 *
 * <ul>
 *   <li>{@link #replaySeekAllChannels}: through the real {@link ReplaySource} (paused) → {@link
 *       SampleBus} → the screen's subscription, until all 50 channels are in the rings.
 *   <li>{@link #replaySeekOnScreen}: the same, until the 9 prioritised on-screen channels are in
 *       (the redraw the user sees; the rest follows).
 *   <li>{@link #storeReadAllChannels}: 50 {@code store.read} calls on this thread (store cost
 *       only).
 *   <li>{@link #storeReadOneChannel}: one random channel (baseline).
 *   <li>{@link #memoryAllChannels}: the same 50 windows copied from in-memory arrays into the rings
 *       (baseline: the floor without any store).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class SeekBenchmark {
  static final int CHANNELS = 50;
  static final long SECONDS = 7200;
  static final long PREROLL_NANOS = 65_000_000_000L;
  static final int WINDOW_SAMPLES = 6500;
  static final int ON_SCREEN = 9;
  static final long SAMPLE_NANOS = SyntheticChannels.PERIOD_NANOS;

  private final SyntheticChannels synth = new SyntheticChannels(CHANNELS);
  private final Map<Channel, Integer> index = new HashMap<>();
  private final SplittableRandom random = new SplittableRandom(42);
  private final ScreenRings rings = new ScreenRings(CHANNELS, 8192);
  private final List<SampleBlock> drained = new ArrayList<>();
  private H2SessionStore store;
  private long sessionId;
  private ReplaySource replay;
  private Subscription screen;
  private long[] memoryTimes;
  private double[] memoryValues;

  @Setup
  public void setUp() {
    store = TwoHourSession.open("seek-2h-50ch", CHANNELS, SECONDS);
    sessionId = store.sessions().get(0).id();
    for (int c = 0; c < CHANNELS; c++) {
      index.put(synth.channels[c], c);
    }
    SampleBlock one = synth.block(0, 0, (int) (SECONDS * 100));
    memoryTimes = one.times();
    memoryValues = one.values();
    replay =
        new ReplaySource(store, sessionId, SourceMetadata.UNKNOWN, Duration.ofNanos(PREROLL_NANOS));
    List<String> onScreen = new ArrayList<>();
    for (int c = 0; c < ON_SCREEN; c++) {
      onScreen.add(synth.channels[c].name());
    }
    replay.prioritise(onScreen);
    replay.pause();
    SampleBus bus = new SampleBus();
    screen = bus.subscribe("ui", 1 << 16);
    replay.start(bus);
  }

  @TearDown
  public void tearDown() {
    replay.stop();
    store.close();
  }

  /** A random seek target with a full pre-roll before it, on any sample phase. */
  private long target() {
    return random.nextLong(PREROLL_NANOS + SAMPLE_NANOS, SECONDS * 1_000_000_000L);
  }

  @Benchmark
  public int replaySeekAllChannels() {
    return replaySeek(CHANNELS);
  }

  @Benchmark
  public int replaySeekOnScreen() {
    return replaySeek(ON_SCREEN);
  }

  /** Seeks, then drains the screen's subscription until the first {@code channels} are full. */
  private int replaySeek(int channels) {
    replay.hold();
    screen.drainTo(new ArrayList<>()); // what an earlier seek still published
    rings.clear();
    long target = target();
    replay.seek(target);
    int complete = 0;
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (complete < channels) {
      drained.clear();
      if (screen.drainTo(drained) == 0) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("seek to " + target + " ns did not complete in 30 s");
        }
        LockSupport.parkNanos(100_000);
        continue;
      }
      for (SampleBlock b : drained) {
        int c = index.get(b.channel());
        rings.append(c, b);
        if (c < channels && rings.samples(c) == WINDOW_SAMPLES) {
          complete++;
        }
      }
    }
    return redraw();
  }

  @Benchmark
  public int storeReadAllChannels() {
    rings.clear();
    long target = target();
    for (int c = 0; c < CHANNELS; c++) {
      SampleBlock b = store.read(sessionId, synth.channels[c], target - PREROLL_NANOS, target);
      check(b, target);
      rings.append(c, b);
    }
    return redraw();
  }

  @Benchmark
  public int storeReadOneChannel() {
    rings.clear();
    long target = target();
    int c = random.nextInt(CHANNELS); // a random channel: the same chunk-cache hit rate as 50
    SampleBlock b = store.read(sessionId, synth.channels[c], target - PREROLL_NANOS, target);
    check(b, target);
    rings.append(0, b);
    return rings.decimate(0, 60_000_000_000L);
  }

  @Benchmark
  public int memoryAllChannels() {
    rings.clear();
    long target = target();
    int first = (int) ((target - PREROLL_NANOS + SAMPLE_NANOS - 1) / SAMPLE_NANOS);
    for (int c = 0; c < CHANNELS; c++) {
      long[] t = java.util.Arrays.copyOfRange(memoryTimes, first, first + WINDOW_SAMPLES);
      double[] v = java.util.Arrays.copyOfRange(memoryValues, first, first + WINDOW_SAMPLES);
      rings.append(c, new SampleBlock(synth.channels[c], t, v, WINDOW_SAMPLES));
    }
    return redraw();
  }

  /** The live screen's four visible traces over the 60 s strip-chart window. */
  private int redraw() {
    int points = 0;
    for (int c = 0; c < 4; c++) {
      points += rings.decimate(c, 60_000_000_000L);
    }
    return points;
  }

  private static void check(SampleBlock b, long target) {
    if (b.size() != WINDOW_SAMPLES) {
      throw new IllegalStateException(
          b.channel().name() + " before " + target + " ns: " + b.size() + " samples");
    }
  }
}

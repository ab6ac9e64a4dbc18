package dev.pitwall.bench.replay;

import dev.pitwall.analytics.timing.LapTimer;
import dev.pitwall.core.replay.ReplaySource;
import dev.pitwall.core.source.SourceMetadata;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleBus;
import dev.pitwall.core.telemetry.Subscription;
import dev.pitwall.storage.h2.H2SessionStore;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Real-time replay probe (not JMH: pacing is wall time). The replay window's consumers are attached
 * as in {@code ReplayFeed} + {@code LiveScreen}: the UI subscription (65,536 blocks) drained once
 * per 60 Hz frame into per-channel rings with the four visible traces decimated, and the lap
 * thread's subscription (16,384 blocks) drained into a {@link LapTimer}.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.pitwall.bench.replay.ReplayProbe speed64 [wallSeconds]
 * java -cp bench/target/benchmarks.jar dev.pitwall.bench.replay.ReplayProbe tenHours
 * </pre>
 *
 * {@code speed64}: 2-h 50-channel session at 64×: dropped samples per consumer, frames whose work
 * took longer than a frame. {@code tenHours}: a 10-h 20-channel session as fast as possible: heap
 * after GC every 30 min of session time (flat = no growth with session length).
 */
public final class ReplayProbe {
  private static final long FRAME_NANOS = 16_666_667L;

  private ReplayProbe() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "speed64";
    System.out.printf("load average at start: %.2f%n", loadAverage());
    if (mode.equals("tenHours")) {
      run("tenhour-20ch", 20, 36_000, Double.POSITIVE_INFINITY, Long.MAX_VALUE);
    } else {
      long wallS = args.length > 1 ? Long.parseLong(args[1]) : 60;
      run("seek-2h-50ch", 50, 7_200, 64, wallS);
    }
    System.out.printf("load average at end: %.2f%n", loadAverage());
  }

  private static void run(String name, int channels, long seconds, double speed, long wallS)
      throws Exception {
    try (H2SessionStore store = TwoHourSession.open(name, channels, seconds)) {
      long id = store.sessions().get(0).id();
      ReplaySource source =
          new ReplaySource(store, id, SourceMetadata.UNKNOWN, Duration.ofSeconds(65));
      source.setSpeed(speed);
      source.setStopAtEnd(true);
      SampleBus bus = new SampleBus();
      Consumers consumers = new Consumers(bus, channels);
      long t0 = System.nanoTime();
      source.start(bus);
      // flat out: every 30 min of session time; paced: every 10 s of wall time
      boolean bySession = Double.isInfinite(speed);
      long every = bySession ? 1_800_000_000_000L : 10_000_000_000L;
      long next = every;
      while (source.state() != SourceState.STOPPED
          && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(wallS)) {
        Thread.sleep(100);
        long progress = bySession ? source.positionNanos() : System.nanoTime() - t0;
        if (progress >= next) {
          report(source, bus, consumers, t0);
          next += every;
        }
      }
      source.stop();
      consumers.stop();
      report(source, bus, consumers, t0);
      System.out.printf(
          "frames: %d, slower than a frame (16.7 ms): %d, max frame work %.1f ms%n",
          consumers.frames, consumers.slowFrames, consumers.maxFrameNanos / 1e6);
    }
  }

  private static void report(ReplaySource source, SampleBus bus, Consumers c, long t0) {
    System.gc();
    var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    double wallS = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "wall %6.1f s  session %7.1f s  x%.1f  published %,d  dropped ui %,d laps %,d"
            + "  heap after GC %.1f MB  load %.2f%n",
        wallS,
        source.positionNanos() / 1e9,
        source.positionNanos() / 1e9 / wallS,
        bus.publishedSamples(),
        c.ui.droppedSamples(),
        c.laps.droppedSamples(),
        heap.getUsed() / 1e6,
        loadAverage());
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** The UI (60 Hz pulls into rings, decimation) and the lap thread. */
  private static final class Consumers {
    final Subscription ui;
    final Subscription laps;
    final ScreenRings rings;
    final Map<Channel, Integer> index = new HashMap<>();
    final List<SampleBlock> drained = new ArrayList<>();
    final LapTimer lapTimer = new LapTimer(new double[] {5_500}, lap -> {});
    final ScheduledExecutorService frameThread;
    final Thread lapThread;
    volatile boolean stopping;
    long frames;
    long slowFrames;
    long maxFrameNanos;

    Consumers(SampleBus bus, int channels) {
      ui = bus.subscribe("ui", 1 << 16);
      laps = bus.subscribe("replay-laps", 16_384);
      rings = new ScreenRings(channels, 8192);
      frameThread = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "probe-frames"));
      frameThread.scheduleAtFixedRate(this::frame, 0, FRAME_NANOS, TimeUnit.NANOSECONDS);
      lapThread = new Thread(this::timeLaps, "probe-laps");
      lapThread.start();
    }

    private void frame() {
      long start = System.nanoTime();
      drained.clear();
      ui.drainTo(drained);
      for (SampleBlock b : drained) {
        rings.append(index.computeIfAbsent(b.channel(), c -> index.size()), b);
      }
      for (int c = 0; c < Math.min(4, index.size()); c++) {
        rings.decimate(c, 60_000_000_000L);
      }
      long took = System.nanoTime() - start;
      frames++;
      slowFrames += took > FRAME_NANOS ? 1 : 0;
      maxFrameNanos = Math.max(maxFrameNanos, took);
    }

    private void timeLaps() {
      try {
        while (!stopping || laps.buffered() > 0) {
          SampleBlock b = laps.poll(50, TimeUnit.MILLISECONDS);
          if (b != null) {
            lapTimer.accept(b);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    void stop() throws InterruptedException {
      stopping = true;
      lapThread.join(5_000);
      frameThread.shutdown();
      frameThread.awaitTermination(5, TimeUnit.SECONDS);
    }
  }
}

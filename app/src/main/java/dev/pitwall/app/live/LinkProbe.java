package dev.pitwall.app.live;

import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.source.TelemetrySource;
import dev.pitwall.core.telemetry.SampleBus;
import dev.pitwall.core.telemetry.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Connects a source for a while without recording and reports its link health once per second: what
 * {@code pitwall sources --probe URI} prints. Samples go through a real {@link SampleBus} into a
 * bounded subscription drained by the probing thread, so overruns are counted as in a session.
 *
 * <p>Thread contract: {@link #run} blocks the calling thread for up to the given time.
 */
public final class LinkProbe {
  private static final int BUFFER_BLOCKS = 4_096;

  /**
   * Link health at one moment of the probe.
   *
   * @param atS seconds since the probe started
   * @param overruns samples the probe's bounded buffer had to drop
   * @param channels decoded channels seen so far (the link's own {@code link.*} ones not counted)
   */
  public record Report(
      double atS,
      SourceHealth health,
      double framesPerS,
      double samplesPerS,
      OptionalDouble busLoadPercent,
      long overruns,
      int channels) {}

  private LinkProbe() {}

  /** Probes {@code source} for {@code time} (or until it ends); returns the final report. */
  public static Report run(TelemetrySource source, Duration time, Consumer<Report> everySecond)
      throws InterruptedException {
    SampleBus bus = new SampleBus();
    Subscription sub = bus.subscribe("probe", BUFFER_BLOCKS);
    long start = System.nanoTime();
    long end = start + time.toNanos();
    SourceHealth last = source.health();
    long lastNanos = start;
    source.start(bus);
    try {
      long nextReport = start + 1_000_000_000L;
      while (System.nanoTime() < end && source.state() != SourceState.STOPPED) {
        drain(sub);
        long now = System.nanoTime();
        if (now >= nextReport) {
          SourceHealth h = source.health();
          everySecond.accept(report(source, bus, sub, start, last, h, now - lastNanos));
          last = h;
          lastNanos = now;
          nextReport += 1_000_000_000L;
        }
      }
    } finally {
      source.stop();
    }
    drain(sub);
    long now = System.nanoTime();
    Report total = report(source, bus, sub, start, emptyHealth(), source.health(), now - start);
    sub.close();
    return total;
  }

  private static void drain(Subscription sub) throws InterruptedException {
    while (sub.poll(20, TimeUnit.MILLISECONDS) != null) {
      if (sub.buffered() == 0) {
        return;
      }
    }
  }

  private static Report report(
      TelemetrySource source,
      SampleBus bus,
      Subscription sub,
      long start,
      SourceHealth before,
      SourceHealth after,
      long elapsed) {
    double fps = LinkRates.framesPerS(before, after, elapsed);
    return new Report(
        (System.nanoTime() - start) / 1e9,
        after,
        fps,
        LinkRates.samplesPerS(before, after, elapsed),
        LinkRates.busLoadPercent(source.uri(), fps),
        sub.droppedSamples(),
        (int) bus.channels().stream().filter(c -> !LinkHealthSource.CHANNELS.contains(c)).count());
  }

  private static SourceHealth emptyHealth() {
    return new SourceHealth(SourceState.DISCONNECTED, 0, 0, 0, 0, 0, 0, 0, null);
  }

  /** "12:00:01.234Z message" or "none". */
  public static String lastErrorText(SourceHealth h) {
    if (h.lastError() == null) {
      return "none";
    }
    Instant at = h.lastError().at();
    return at + " " + h.lastError().message();
  }
}

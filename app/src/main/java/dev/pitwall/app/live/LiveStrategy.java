package dev.pitwall.app.live;

import dev.pitwall.analytics.strategy.StrategySettings;
import dev.pitwall.analytics.strategy.live.FieldObservation;
import dev.pitwall.analytics.strategy.live.LiveStrategyEngine;
import dev.pitwall.analytics.strategy.live.SeriesParams;
import dev.pitwall.app.ui.strategy.StrategyScreen;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.telemetry.SampleBlock;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Live strategy from the live session: every completed lap of our car, and every safety-car change
 * or pit stop in the field, builds the field's state ({@link FieldTracker}) and reruns the strategy
 * in the background ({@link LiveStrategyEngine}); the newest request wins and the {@link
 * StrategyScreen} shows the result. Lap and sample callbacks run on the session's lap-timer thread
 * and only hand an immutable observation over. Owns two named executors (the request runner and the
 * Monte Carlo workers); {@link #close} shuts them down.
 */
public final class LiveStrategy implements AutoCloseable {
  /** System property naming a series parameter file (see gr86-cup.properties). */
  public static final String SERIES_PROPERTY = "pitwall.series";

  private final int ourCar;
  private final FieldTracker field;
  private final LiveStrategyEngine engine;
  private final StrategyScreen screen;
  private final ExecutorService runner;
  private final ExecutorService workers;

  private LiveStrategy(LiveSession session, SeriesParams series, int ourCar) {
    this.ourCar = ourCar;
    AtomicInteger n = new AtomicInteger();
    runner = Executors.newSingleThreadExecutor(r -> daemon(r, "pitwall-strategy"));
    workers =
        Executors.newFixedThreadPool(
            2, r -> daemon(r, "pitwall-strategy-mc-" + n.incrementAndGet()));
    engine = new LiveStrategyEngine(series, workers, StrategySettings.live(2));
    field = new FieldTracker(session, series);
    screen =
        new StrategyScreen(
            LiveStrategyEngine.driverOf(ourCar), engine.compoundsSoftToHard(), runner);
    session.addBlockTap(this::sample);
    session.addLapListener(this::lap);
  }

  /**
   * Strategy for car 0 of {@code session}; the series comes from {@value #SERIES_PROPERTY} if set,
   * else F1 for F1 UDP sources, else the simulated car's GR86 Cup. Call on the FX thread (it builds
   * the screen).
   */
  public static LiveStrategy attach(LiveSession session) {
    return new LiveStrategy(session, seriesFor(session.sourceUri()), 0);
  }

  static SeriesParams seriesFor(String uri) {
    String file = System.getProperty(SERIES_PROPERTY);
    if (file != null && !file.isBlank()) {
      return SeriesParams.read(Path.of(file));
    }
    String u = uri.toLowerCase(Locale.ROOT);
    return u.startsWith("udp:") && u.contains("format=f1")
        ? SeriesParams.f1()
        : SeriesParams.gr86Cup();
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  public StrategyScreen screen() {
    return screen;
  }

  private void sample(SampleBlock block) {
    if (field.accept(block)) {
      rerun();
    }
  }

  private void lap(Lap lap) {
    if (lap.car() == ourCar) {
      rerun();
    }
  }

  private void rerun() {
    FieldObservation now = field.observe(ourCar);
    if (now != null) {
      screen.submit((whatIf, seed) -> engine.evaluate(now, whatIf, seed));
    }
  }

  @Override
  public void close() {
    runner.shutdownNow();
    workers.shutdownNow();
  }
}

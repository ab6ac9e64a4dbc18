package dev.pitwall.app.live;

import dev.pitwall.analytics.strategy.StrategySettings;
import dev.pitwall.analytics.strategy.live.FieldObservation;
import dev.pitwall.analytics.strategy.live.LiveStrategyEngine;
import dev.pitwall.analytics.strategy.live.SeriesParams;
import dev.pitwall.analytics.tyre.ml.TyreModelRegistry;
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
  private final StrategyFeed feed;
  private final SeriesParams series;
  private FieldTracker field; // lap-timer thread; replaced at a replay seek
  private volatile LiveTyre tyre;
  private final LiveStrategyEngine engine;
  private final StrategyScreen screen;
  private final ExecutorService runner;
  private final ExecutorService workers;

  private LiveStrategy(StrategyFeed session, SeriesParams series, int ourCar) {
    this.ourCar = ourCar;
    this.feed = session;
    this.series = series;
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
    session.addRestartListener(this::restart);
  }

  /**
   * Strategy for car 0 of {@code session}; the series comes from {@value #SERIES_PROPERTY} if set,
   * else F1 for F1 UDP sources, else the simulated car's GR86 Cup. Call on the FX thread (it builds
   * the screen).
   */
  public static LiveStrategy attach(StrategyFeed session) {
    return new LiveStrategy(session, seriesFor(session.sourceUri()), 0);
  }

  /**
   * As {@link #attach(StrategyFeed)}, with the latest tyre model of {@code models} predicting our
   * next lap on the Strategy screen (or saying there is none yet). Call on the FX thread.
   */
  public static LiveStrategy attach(StrategyFeed session, TyreModelRegistry models) {
    LiveStrategy strategy = attach(session);
    strategy.useTyreModels(models);
    return strategy;
  }

  /**
   * From now on our completed laps also go through the latest tyre model of {@code models}; laps
   * already completed are not predicted. Call once.
   */
  public void useTyreModels(TyreModelRegistry models) {
    if (tyre != null) {
      throw new IllegalStateException("tyre model already attached");
    }
    LiveTyre t = new LiveTyre(models, feed.sessionTrack(), ourCar, screen::showTyre);
    // the explanation costs ~19 model rows: only while the Strategy screen is in the window
    t.setOnScreen(screen.node().getScene() != null);
    screen.node().sceneProperty().addListener((o, before, now) -> t.setOnScreen(now != null));
    tyre = t;
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
    LiveTyre t = tyre;
    if (t != null) {
      t.sample(block);
    }
    if (field.accept(block)) {
      rerun();
    }
  }

  private void lap(Lap lap) {
    LiveTyre t = tyre;
    if (t != null) {
      t.lap(lap);
    }
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

  /**
   * Lap-timer thread, at a replay seek: the field and the tyre model start from the new position.
   */
  private void restart() {
    field = new FieldTracker(feed, series);
    LiveTyre t = tyre;
    if (t != null) {
      t.restart();
    }
  }

  @Override
  public void close() {
    if (tyre != null) {
      tyre.close();
    }
    runner.shutdownNow();
    workers.shutdownNow();
  }
}

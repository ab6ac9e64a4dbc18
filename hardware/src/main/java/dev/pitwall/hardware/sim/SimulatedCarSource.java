package dev.pitwall.hardware.sim;

import dev.pitwall.core.source.MonitoredSource;
import dev.pitwall.core.source.SourceMetadata;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlockBuilder;
import dev.pitwall.core.telemetry.SampleSink;
import dev.pitwall.core.track.TrackCatalog;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

/**
 * The built-in simulated car(s): Toyota GR86 Cup cars lapping a catalogue circuit, the default
 * source when no hardware is configured.
 *
 * <p>Thread contract: {@link #start} returns at once; samples are produced on one daemon thread
 * {@code pitwall-sim-<track>} that owns the {@link SimulatedSession}. In real time ({@code
 * speed=1}) every 10 ms tick is published as it falls due on the wall clock; faster speeds publish
 * {@code speed} ticks per 10 ms of wall time, and {@code speed=max} publishes blocks of 10 s of
 * session without pausing. No exception leaves the thread: failures are counted as decode errors
 * with the session time, and after {@value #MAX_CONSECUTIVE_FAILURES} in a row the source stops.
 */
public final class SimulatedCarSource extends MonitoredSource {
  private static final int MAX_CONSECUTIVE_FAILURES = 10;
  private static final int TICKS_PER_BLOCK_AT_MAX = 1000;

  private final SimConfig config;
  private final TrackCatalog catalog;
  private final SourceMetadata metadata;
  private final List<Channel> channels;
  private volatile boolean running;
  private Thread thread;

  /** From a URI such as {@code sim:cota?cars=2&seed=7&speed=max&duration=600}. */
  public SimulatedCarSource(String uri) {
    this(uri, SimConfig.parse(uri), TrackCatalog.builtIn());
  }

  public SimulatedCarSource(SimConfig config) {
    this(toUri(config), config, TrackCatalog.builtIn());
  }

  /**
   * @throws IllegalArgumentException for an unknown track (the message lists the known ones)
   */
  public SimulatedCarSource(String uri, SimConfig config, TrackCatalog catalog) {
    super(uri);
    this.config = Objects.requireNonNull(config);
    this.catalog = Objects.requireNonNull(catalog);
    catalog.displayName(config.trackKey());
    String driver = DriverProfile.grid(config.seed(), config.cars()).get(0).name();
    this.metadata = new SourceMetadata(CarParameters.gr86Cup().name(), driver, config.trackKey());
    this.channels = SimChannels.forCars(config.cars());
  }

  @Override
  public SourceMetadata metadata() {
    return metadata;
  }

  @Override
  public List<Channel> channels() {
    return channels;
  }

  /** Names of the drivers, index = car. */
  public List<String> driverNames() {
    return DriverProfile.grid(config.seed(), config.cars()).stream()
        .map(DriverProfile::name)
        .toList();
  }

  @Override
  public synchronized void start(SampleSink sink) {
    Objects.requireNonNull(sink);
    if (thread != null || !lifecycle.moveFrom(SourceState.DISCONNECTED, SourceState.CONNECTING)) {
      throw new IllegalStateException(uri + ": already started or stopped");
    }
    running = true;
    thread = new Thread(() -> run(sink), "pitwall-sim-" + config.trackKey());
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void stop() {
    Thread t;
    synchronized (this) {
      running = false;
      t = thread;
    }
    if (t != null && t != Thread.currentThread()) {
      t.interrupt();
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    lifecycle.moveTo(SourceState.STOPPED);
  }

  private void run(SampleSink sink) {
    try {
      SimulatedSession session =
          SimulatedSession.create(catalog, config.trackKey(), config.cars(), config.seed());
      if (lifecycle.moveFrom(SourceState.CONNECTING, SourceState.STREAMING)) {
        new SimPump(session, sink, config, counters, () -> running).run();
      }
    } catch (RuntimeException e) {
      counters.decodeError(uri + ": simulator failed to start: " + e);
    } finally {
      running = false;
      lifecycle.moveTo(SourceState.STOPPED);
    }
  }

  private static String toUri(SimConfig c) {
    String speed = c.unlimitedSpeed() ? "max" : Double.toString(c.speedFactor());
    String duration = Double.isInfinite(c.durationS()) ? "" : "&duration=" + c.durationS();
    return "sim:"
        + c.trackKey()
        + "?cars="
        + c.cars()
        + "&seed="
        + c.seed()
        + "&speed="
        + speed
        + duration;
  }

  static int ticksPerBlock(SimConfig config) {
    return config.unlimitedSpeed()
        ? TICKS_PER_BLOCK_AT_MAX
        : (int) Math.max(1, Math.min(TICKS_PER_BLOCK_AT_MAX, Math.round(config.speedFactor())));
  }

  static int maxConsecutiveFailures() {
    return MAX_CONSECUTIVE_FAILURES;
  }

  static void pause(long nanos) {
    if (nanos > 0) {
      LockSupport.parkNanos(nanos);
    }
  }

  static SampleBlockBuilder[] builders(List<Channel> channels, int capacity) {
    SampleBlockBuilder[] builders = new SampleBlockBuilder[channels.size()];
    for (int i = 0; i < builders.length; i++) {
      builders[i] = new SampleBlockBuilder(channels.get(i), capacity);
    }
    return builders;
  }
}

package dev.pitwall.app.ui.fake;

import dev.pitwall.analytics.timing.LapBoard;
import dev.pitwall.analytics.timing.LapTimer;
import dev.pitwall.app.live.BusFeed;
import dev.pitwall.app.ui.LiveFeed;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleBus;
import dev.pitwall.core.telemetry.Subscription;
import dev.pitwall.core.track.TrackLayout;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link LiveFeed} over real parts: a {@link SampleBus}, a real {@link LapTimer} on its own
 * consumer thread, a counting "recorder" consumer, and a {@link SimulatedCarSource} lapping a
 * {@link SyntheticCircuit} at 100 Hz.
 */
public final class FakeLiveFeed extends BusFeed implements AutoCloseable {
  private final SyntheticCircuit circuit;
  private final List<SimulatedCarSource> sources = new java.util.ArrayList<>();
  private final LapTimer lapTimer;
  private final List<Lap> laps = new CopyOnWriteArrayList<>();
  private final AtomicLong recorded = new AtomicLong();
  private final Thread timerThread;
  private final Thread recorderThread;
  private volatile boolean running = true;

  /** One car (car 0). */
  public FakeLiveFeed() {
    this(1);
  }

  /** {@code cars} cars on the short synthetic circuit. */
  public FakeLiveFeed(int cars) {
    this(cars, new SyntheticCircuit());
  }

  /** {@code cars} cars on {@code track}, e.g. a real circuit loaded by the test. */
  public FakeLiveFeed(int cars, TrackLayout track) {
    this(cars, new SyntheticCircuit(track));
  }

  /** {@code cars} cars spread round the lap at slightly different paces, car 0 leading. */
  private FakeLiveFeed(int cars, SyntheticCircuit circuit) {
    this.circuit = circuit;
    for (int car = 0; car < cars; car++) {
      double startM = circuit.lengthM() * (0.5 - 0.13 * car);
      sources.add(new SimulatedCarSource(circuit, bus, car, startM, 1 - 0.02 * car));
    }
    lapTimer = LapTimer.forTrack(circuit.layout(), laps::add);
    Subscription timing = bus.subscribe("lapTimer", 1 << 14);
    Subscription recording = bus.subscribe("recorder", 1 << 14);
    timerThread = consumer("fake-lap-timer", timing, lapTimer::accept);
    recorderThread = consumer("fake-recorder", recording, b -> recorded.addAndGet(b.size()));
  }

  private Thread consumer(String name, Subscription s, java.util.function.Consumer<SampleBlock> c) {
    return Thread.ofPlatform()
        .name(name)
        .daemon()
        .unstarted(
            () -> {
              try {
                while (running) {
                  SampleBlock b = s.poll(50, TimeUnit.MILLISECONDS);
                  if (b != null) {
                    c.accept(b);
                  }
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
  }

  public FakeLiveFeed start() {
    timerThread.start();
    recorderThread.start();
    sources.forEach(SimulatedCarSource::start);
    return this;
  }

  @Override
  public void close() {
    running = false;
    sources.forEach(SimulatedCarSource::stop);
  }

  /** Laps reported by the lap timer's callback. */
  public List<Lap> laps() {
    return laps;
  }

  public int channelCount() {
    return sources.stream().mapToInt(s -> s.channels().size()).sum();
  }

  @Override
  public SourceHealth sourceHealth() {
    return sources.get(0).health(); // one link carries all cars in this fake
  }

  @Override
  public String sourceUri() {
    return "sim://synthetic?rate=100Hz";
  }

  @Override
  public long recordedSamples() {
    return recorded.get();
  }

  @Override
  public Optional<TrackLayout> track() {
    return Optional.of(circuit.layout());
  }

  @Override
  public LapBoard lapBoard(int car) {
    return lapTimer.lapBoard(car);
  }

  @Override
  public String sessionId() {
    return "test-session-1";
  }

  @Override
  public String sessionDescription() {
    return "Test session, synthetic circuit, car 0";
  }
}

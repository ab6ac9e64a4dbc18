package dev.pitwall.hardware.sim;

import dev.pitwall.core.track.GeoReference;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.core.track.TrackLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Several simulated cars on one circuit, advanced together in 10 ms ticks. Pure and deterministic:
 * the same track, car count and seed always give the same samples. Not thread-safe; the source
 * thread owns it.
 */
public final class SimulatedSession {
  public static final long TICK_NANOS = 10_000_000L;
  private static final double TICK_S = TICK_NANOS / 1e9;

  /** Resampling step of the centreline, m. */
  static final double PATH_STEP_M = 2.0;

  /** Gaussian smoothing of centreline curvature standing in for the racing line, m. */
  static final double LINE_SMOOTHING_SIGMA_M = 25.0;

  /** Gap between cars at the rolling start, m. */
  private static final double START_GAP_M = 40.0;

  private final TrackLayout track;
  private final List<SimulatedCar> cars = new ArrayList<>();
  private final List<CarSample> samples = new ArrayList<>();
  private long ticks;

  /** Builds a session on a catalogue track; unknown keys throw IllegalArgumentException. */
  public static SimulatedSession create(
      TrackCatalog catalog, String trackKey, int cars, long seed) {
    return new SimulatedSession(
        catalog.load(trackKey),
        catalog.geoReference(trackKey),
        CarParameters.gr86Cup(),
        DriverProfile.grid(seed, cars),
        seed);
  }

  SimulatedSession(
      TrackLayout track,
      GeoReference geo,
      CarParameters car,
      List<DriverProfile> drivers,
      long seed) {
    if (drivers.isEmpty()) {
      throw new IllegalArgumentException("a session needs at least one car");
    }
    this.track = track;
    TrackPath path = new TrackPath(track, PATH_STEP_M, LINE_SMOOTHING_SIGMA_M);
    for (int i = 0; i < drivers.size(); i++) {
      // rolling start: cars queue up behind the line, car 0 first
      double start = -START_GAP_M * (i + 1);
      long carSeed = seed * 0x9E3779B97F4A7C15L + i;
      cars.add(new SimulatedCar(car, path, geo, drivers.get(i), start, carSeed));
      samples.add(new CarSample());
    }
  }

  /** Advances every car by one 10 ms tick. */
  public void tick() {
    ticks++;
    for (int i = 0; i < cars.size(); i++) {
      cars.get(i).step(TICK_S, samples.get(i));
    }
  }

  /** Session time of the latest tick, ns since the session start. */
  public long timeNanos() {
    return ticks * TICK_NANOS;
  }

  public int carCount() {
    return cars.size();
  }

  public TrackLayout track() {
    return track;
  }

  public DriverProfile driver(int car) {
    return cars.get(car).driver();
  }

  /**
   * Value of channel {@code channel} (index into {@link SimChannels}) of {@code car} now, at the
   * resolution a logger records it ({@link SensorResolution}).
   */
  public double value(int car, int channel) {
    return SensorResolution.round(channel, samples.get(car).value(channel));
  }

  /** Number of laps {@code car} has completed (line to line). */
  public int completedLaps(int car) {
    return cars.get(car).completedLaps();
  }

  /** Completed lap times of {@code car} in seconds, oldest first. */
  public List<Double> lapTimesS(int car) {
    return cars.get(car).lapTimesS();
  }
}

package dev.pitwall.app.ui.fake;

import dev.pitwall.core.source.SourceCounters;
import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlockBuilder;
import dev.pitwall.core.telemetry.SampleSink;
import dev.pitwall.hardware.sim.SimChannels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A car lapping {@link SyntheticCircuit} in real time, publishing the channels of the simulated car
 * ({@link SimChannels}) at 100 Hz. Every 10 ms it publishes all samples due by then (one block per
 * channel), timestamped on the sample clock so scheduler jitter does not bend the data.
 */
final class SimulatedCarSource {
  static final double RATE_HZ = SimChannels.RATE_HZ;
  private static final long PERIOD_NANOS = 10_000_000L;

  private final SyntheticCircuit circuit;
  private final double paceFactor;
  private final SampleSink sink;
  private final Map<String, SampleBlockBuilder> builders = new LinkedHashMap<>();
  private final SourceCounters counters = new SourceCounters();
  private final ScheduledExecutorService clock;
  private volatile SourceState state = SourceState.DISCONNECTED;
  private long startWallNanos;
  private long tick;
  private double totalDistanceM;
  private double previousSpeedKph = Double.NaN;

  /**
   * @param car car index (0 = own car); other cars publish {@code Channel.forCar(car)} channels
   * @param paceFactor speed multiplier of this car (1 = reference pace)
   */
  SimulatedCarSource(
      SyntheticCircuit circuit,
      SampleSink sink,
      int car,
      double startDistanceM,
      double paceFactor) {
    this.paceFactor = paceFactor;
    this.clock =
        Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "sim-car-source-" + car));
    this.circuit = circuit;
    this.sink = sink;
    this.totalDistanceM = startDistanceM;
    for (Channel c : SimChannels.forCar(car)) {
      builders.put(c.name(), new SampleBlockBuilder(c, 4));
    }
  }

  List<Channel> channels() {
    List<Channel> list = new ArrayList<>();
    builders.values().forEach(b -> list.add(b.channel()));
    return list;
  }

  void start() {
    state = SourceState.STREAMING;
    startWallNanos = System.nanoTime();
    clock.scheduleAtFixedRate(this::publishDue, 0, 10, TimeUnit.MILLISECONDS);
  }

  void stop() {
    clock.shutdownNow();
    state = SourceState.STOPPED;
  }

  SourceHealth health() {
    return counters.snapshot(state);
  }

  private void publishDue() {
    long due = (System.nanoTime() - startWallNanos) / PERIOD_NANOS;
    while (tick <= due) {
      sample(tick * PERIOD_NANOS);
      tick++;
    }
    int samples = 0;
    for (SampleBlockBuilder b : builders.values()) {
      samples += b.size();
      sink.publish(b.build());
    }
    counters.frame();
    counters.samples(samples);
  }

  private void sample(long t) {
    double lapM = circuit.lengthM();
    int lap = (int) (totalDistanceM / lapM);
    double d = totalDistanceM % lapM;
    double speedKph =
        SyntheticCircuit.speedKph(d, lapM, paceFactor * (1 + 0.03 * Math.sin(lap * 1.7)));
    int gear = SyntheticCircuit.gear(speedKph);
    double accelKphPerS =
        Double.isNaN(previousSpeedKph) ? 0 : (speedKph - previousSpeedKph) * RATE_HZ;
    double[] p = circuit.pointAt(d);
    double headingDeg = Math.toDegrees(p[2]);
    // heading change over +-4 m of track: a smooth curvature, unlike the polyline's segment steps
    double turnDeg = wrapDeg(Math.toDegrees(circuit.pointAt(d + 4)[2] - circuit.pointAt(d - 4)[2]));
    double yawRate = turnDeg / 8 * speedKph / 3.6;
    double brakeBar = Math.clamp(-accelKphPerS * 0.9, 0, 120);
    put("speed", t, speedKph);
    put("rpm", t, SyntheticCircuit.rpm(speedKph, gear));
    put("gear", t, gear);
    put("throttle", t, brakeBar > 1 ? 0 : Math.clamp(55 + accelKphPerS * 0.8, 0, 100));
    put("brakePressureFront", t, brakeBar);
    put("brakePressureRear", t, brakeBar * 0.7);
    put("steeringAngle", t, Math.clamp(turnDeg * 6, -270, 270));
    put("accLat", t, Math.toRadians(yawRate) * speedKph / 3.6 / 9.81);
    put("accLong", t, accelKphPerS / 3.6 / 9.81);
    put("posX", t, p[0]);
    put("posY", t, p[1]);
    put("latitude", t, 30.1328 + p[1] / 111_320.0);
    put("longitude", t, -97.6411 + p[0] / 96_000.0);
    put("heading", t, (450 - headingDeg) % 360);
    put("lapDistance", t, d);
    put("fuel", t, 100 - totalDistanceM * 0.0004);
    tyres(t, speedKph);
    previousSpeedKph = speedKph;
    totalDistanceM += speedKph / 3.6 / RATE_HZ;
  }

  private void tyres(long t, double speedKph) {
    String[] corners = {"FL", "FR", "RL", "RR"};
    for (int i = 0; i < 4; i++) {
      put("tyreTemp" + corners[i], t, 85 + speedKph * 0.05 + i);
      put("tyrePressure" + corners[i], t, 1.9 + speedKph * 0.0004);
      put("tyreWear" + corners[i], t, totalDistanceM * 0.001 * (1 + 0.1 * i));
    }
  }

  private void put(String name, long t, double value) {
    builders.get(name).add(t, value);
  }

  private static double wrapDeg(double deg) {
    return ((deg + 540) % 360) - 180;
  }
}

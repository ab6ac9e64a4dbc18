package dev.pitwall.hardware.sim;

import dev.pitwall.core.source.SourceCounters;
import dev.pitwall.core.telemetry.SampleBlockBuilder;
import dev.pitwall.core.telemetry.SampleSink;
import java.util.function.BooleanSupplier;

/**
 * The loop of the simulator thread: advances the session, batches ticks into one {@code
 * SampleBlock} per channel and paces publication against the wall clock. Runs on the source thread
 * only; never throws.
 */
final class SimPump {
  private final SimulatedSession session;
  private final SampleSink sink;
  private final SimConfig config;
  private final SourceCounters counters;
  private final BooleanSupplier running;
  private final SampleBlockBuilder[] builders;
  private final int ticksPerBlock;
  private final long durationTicks;

  SimPump(
      SimulatedSession session,
      SampleSink sink,
      SimConfig config,
      SourceCounters counters,
      BooleanSupplier running) {
    this.session = session;
    this.sink = sink;
    this.config = config;
    this.counters = counters;
    this.running = running;
    this.ticksPerBlock = SimulatedCarSource.ticksPerBlock(config);
    this.builders =
        SimulatedCarSource.builders(SimChannels.forCars(session.carCount()), ticksPerBlock);
    double ticks = Math.ceil(config.durationS() * SimChannels.RATE_HZ - 1e-9);
    this.durationTicks = Double.isInfinite(ticks) ? Long.MAX_VALUE : (long) ticks;
  }

  void run() {
    long wallStart = System.nanoTime();
    long ticks = 0;
    int failures = 0;
    while (running.getAsBoolean() && ticks < durationTicks) {
      int n = (int) Math.min(ticksPerBlock, durationTicks - ticks);
      try {
        fill(n);
        publish(n);
        failures = 0;
      } catch (RuntimeException e) {
        discard();
        counters.decodeError(
            "sim:"
                + config.trackKey()
                + ": tick at session time "
                + session.timeNanos() / 1e9
                + " s failed: "
                + e);
        if (++failures >= SimulatedCarSource.maxConsecutiveFailures()) {
          counters.error(
              "sim:"
                  + config.trackKey()
                  + ": stopped after "
                  + failures
                  + " consecutive failures; last: "
                  + e);
          return;
        }
      }
      ticks += n;
      if (!config.unlimitedSpeed()) {
        long due = wallStart + (long) (ticks * SimulatedSession.TICK_NANOS / config.speedFactor());
        SimulatedCarSource.pause(due - System.nanoTime());
      }
    }
  }

  private void fill(int n) {
    int perCar = SimChannels.PER_CAR;
    for (int k = 0; k < n; k++) {
      session.tick();
      long t = session.timeNanos();
      for (int car = 0; car < session.carCount(); car++) {
        for (int c = 0; c < perCar; c++) {
          builders[car * perCar + c].add(t, session.value(car, c));
        }
      }
    }
  }

  private void publish(int n) {
    for (SampleBlockBuilder builder : builders) {
      sink.publish(builder.build());
    }
    counters.frame();
    counters.samples((long) n * builders.length);
  }

  private void discard() {
    for (SampleBlockBuilder builder : builders) {
      builder.build();
    }
  }
}

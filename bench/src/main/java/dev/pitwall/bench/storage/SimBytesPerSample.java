package dev.pitwall.bench.storage;

import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.hardware.sim.SimulatedCarSource;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not JMH: bytes per sample on disk for a real simulated session. Records {@code URI} (default
 * {@code sim:cota?cars=1&seed=1&speed=max&duration=600}) straight into an H2 file, committing every
 * 20 blocks, then prints file bytes and chunk data bytes per sample.
 *
 * <p>With {@code --quantise}, values are first rounded to the resolutions a data logger stores
 * (0.01 for most channels): what the store would take if the simulator emitted logger-like values.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.pitwall.bench.storage.SimBytesPerSample [URI]
 * [--quantise]}
 */
public final class SimBytesPerSample {
  private SimBytesPerSample() {}

  public static void main(String[] args) throws Exception {
    String uri = "sim:cota?cars=1&seed=1&speed=max&duration=600";
    boolean quantise = false;
    for (String a : args) {
      if (a.equals("--quantise")) {
        quantise = true;
      } else {
        uri = a;
      }
    }
    Path dir = Files.createTempDirectory("pitwall-bytes");
    Path file = dir.resolve("sim.mv.db");
    AtomicLong samples = new AtomicLong();
    SimulatedCarSource source = new SimulatedCarSource(uri);
    try (H2SessionStore store = H2SessionStore.open(file);
        SessionRecording rec =
            store.startSession(new SessionInfo("sim", "-", "cota", uri, Instant.now()))) {
      boolean q = quantise;
      AtomicLong blocks = new AtomicLong();
      source.start(
          block -> {
            rec.append(q ? quantised(block) : block);
            samples.addAndGet(block.size());
            if (blocks.incrementAndGet() % 20 == 0) {
              rec.commit();
            }
          });
      while (source.lifecycle().state() != SourceState.STOPPED) {
        Thread.sleep(50);
      }
      source.stop();
    }
    long dataBytes = dataBytes(dir.resolve("sim"));
    long n = samples.get();
    System.out.printf(
        "%s%s: %d samples, file %.2f B/sample (%d bytes), chunk data %.2f B/sample%n",
        uri,
        quantise ? " (quantised)" : "",
        n,
        Files.size(file) / (double) n,
        Files.size(file),
        dataBytes / (double) n);
  }

  private static SampleBlock quantised(SampleBlock b) {
    double scale = b.channel().name().matches("latitude|longitude") ? 1e7 : 100;
    double[] v = new double[b.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.round(b.value(i) * scale) / scale;
    }
    return new SampleBlock(b.channel(), b.times(), v, b.size());
  }

  private static long dataBytes(Path base) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base);
        ResultSet rs =
            c.createStatement().executeQuery("SELECT SUM(OCTET_LENGTH(data)) FROM chunks")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

package dev.pitwall.bench.storage;

import dev.pitwall.core.recording.RecorderCounters;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Locale;

/**
 * Not JMH: bytes per sample on disk of a recorded simulated session. Records {@code URI} (default
 * {@code sim:cota?cars=1&seed=1&speed=max&duration=600}, a 10-minute session) through the real
 * recording path ({@link SimRecordingRun}: SampleBus → SessionRecorder → H2 file, laps from the
 * LapTimer), closes the store, then prints the closed file's bytes and the chunk data bytes per
 * sample, and the chunk bytes per sample of each channel.
 *
 * <p>The simulator emits values at sensor resolution ({@code hardware.sim.SensorResolution}), as a
 * logger records them.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.pitwall.bench.storage.SimBytesPerSample [URI]}
 */
public final class SimBytesPerSample {
  private SimBytesPerSample() {}

  public static void main(String[] args) throws Exception {
    String uri = args.length > 0 ? args[0] : "sim:cota?cars=1&seed=1&speed=max&duration=600";
    Path dir = Files.createTempDirectory("pitwall-bytes");
    Path file = dir.resolve("sim.mv.db");
    RecorderCounters counters;
    try (H2SessionStore store = H2SessionStore.open(file)) {
      counters = SimRecordingRun.record(store, uri, second -> {});
    }
    long n = counters.samplesWritten();
    System.out.printf(
        Locale.ROOT,
        "%s: %d samples written (%d dropped, %d lost), %d laps%n",
        uri,
        n,
        counters.samplesDropped(),
        counters.samplesLost(),
        counters.lapsWritten());
    report(dir.resolve("sim"), file, n);
  }

  /** Prints file and chunk bytes per sample of the closed database {@code base}. */
  static void report(Path base, Path file, long samples) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base)) {
      long dataBytes;
      try (ResultSet rs =
          c.createStatement().executeQuery("SELECT SUM(OCTET_LENGTH(data)) FROM chunks")) {
        rs.next();
        dataBytes = rs.getLong(1);
      }
      System.out.printf(
          Locale.ROOT,
          "file %.3f B/sample (%d bytes), chunk data %.3f B/sample (%d bytes)%n",
          Files.size(file) / (double) samples,
          Files.size(file),
          dataBytes / (double) samples,
          dataBytes);
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "SELECT ch.name, SUM(OCTET_LENGTH(k.data)) * 1.0 / SUM(k.samples) AS bps"
                      + " FROM chunks k JOIN channels ch ON ch.id = k.channel_id"
                      + " GROUP BY ch.name ORDER BY bps DESC")) {
        StringBuilder sb = new StringBuilder("per channel (chunk B/sample):");
        while (rs.next()) {
          sb.append(String.format(Locale.ROOT, " %s %.2f", rs.getString(1), rs.getDouble(2)));
        }
        System.out.println(sb);
      }
    }
  }
}

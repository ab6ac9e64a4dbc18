package dev.pitwall.bench.storage;

import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.storage.codec.ColumnarChunkCodec;
import dev.pitwall.storage.h2.H2SessionStore;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Not JMH: disk use while a session is recorded live. Records {@code CHANNELS} (default 50) × 100
 * Hz of logger-resolution data (0.01 steps, slow waves plus a random walk: ~0.5-0.6 B/sample once
 * closed, like the simulated car) with a commit every 200 ms of session time, at {@code SPEED} ×
 * real time (0 = as fast as the store takes it), and prints every simulated minute the database
 * file plus the write-ahead tail logs beside it, the bytes per sample so far and the growth per
 * simulated second over that minute. At the end it closes the session and the store and prints the
 * closed file: the baseline the live sizes are compared with.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.pitwall.bench.storage.LiveGrowthProbe
 * [MINUTES] [SPEED] [CHANNELS]}
 */
public final class LiveGrowthProbe {
  private static final int RATE_HZ = 100;
  private static final int COMMITS_PER_SECOND = 5; // the recorder's 200 ms
  private static final int PER_COMMIT = RATE_HZ / COMMITS_PER_SECOND;
  private static final long PERIOD_NANOS = 1_000_000_000L / RATE_HZ;

  private LiveGrowthProbe() {}

  public static void main(String[] args) throws Exception {
    double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    double speed = args.length > 1 ? Double.parseDouble(args[1]) : 0;
    int channels = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    Path dir = Files.createTempDirectory("pitwall-live-growth");
    Path file = dir.resolve("live.mv.db");
    Channel[] ch = new Channel[channels];
    for (int c = 0; c < channels; c++) {
      ch[c] = new Channel("ch" + c, "-", RATE_HZ);
    }
    double[] walk = new double[channels];
    SplittableRandom random = new SplittableRandom(1);
    long commits = Math.round(minutes * 60 * COMMITS_PER_SECOND);
    long samples = 0;
    long lastMinuteBytes = 0;
    long peak = 0;
    long wallStart = System.nanoTime();
    EncodedSize encoded = new EncodedSize(channels);
    System.out.printf(
        Locale.ROOT,
        "%d channels x %d Hz, commit every 200 ms, speed %s%n",
        channels,
        RATE_HZ,
        speed <= 0 ? "max" : speed + "x");
    System.out.println(
        "min   db_MB  tail_KB  total_B/sample  data_B/sample  growth_KB/s(last min)  wall_s");
    try (H2SessionStore store = H2SessionStore.open(file)) {
      SessionInfo info = new SessionInfo("probe", "-", "-", "bench:live-growth", Instant.now());
      try (SessionRecording rec = store.startSession(info)) {
        for (long k = 0; k < commits; k++) {
          for (int c = 0; c < channels; c++) {
            SampleBlock b = block(ch[c], c, k * PER_COMMIT, walk, random);
            encoded.add(c, b);
            rec.append(b);
            samples += PER_COMMIT;
          }
          rec.commit();
          long total = Files.size(file) + tailBytes(dir);
          peak = Math.max(peak, total);
          if ((k + 1) % (60 * COMMITS_PER_SECOND) == 0) {
            double growthKbS = (total - lastMinuteBytes) / 60.0 / 1024;
            lastMinuteBytes = total;
            System.out.printf(
                Locale.ROOT,
                "%3d  %6.2f  %7.1f  %14.2f  %13.2f  %21.1f  %6.0f%n",
                (k + 1) / (60 * COMMITS_PER_SECOND),
                Files.size(file) / 1e6,
                tailBytes(dir) / 1024.0,
                total / (double) samples,
                encoded.bytes() / (double) samples,
                growthKbS,
                (System.nanoTime() - wallStart) / 1e9);
          }
          if (speed > 0) {
            long due = wallStart + (long) ((k + 1) * 200_000_000L / speed);
            long sleepMs = (due - System.nanoTime()) / 1_000_000;
            if (sleepMs > 0) {
              Thread.sleep(sleepMs);
            }
          }
        }
      }
    }
    long closed = Files.size(file);
    System.out.printf(
        Locale.ROOT,
        "%d samples, %.2f MB as closed 4096-sample chunks; closed file %.2f MB = %.2f B/sample;"
            + " peak while recording %.2f MB = %.2f x closed; tail logs left %d B%n",
        samples,
        encoded.bytes() / 1e6,
        closed / 1e6,
        closed / (double) samples,
        peak / 1e6,
        peak / (double) closed,
        tailBytes(dir));
  }

  /** Logger-like values: 0.01 steps of a slow wave plus a random walk (as sensors drift). */
  private static SampleBlock block(
      Channel channel, int c, long first, double[] walk, SplittableRandom random) {
    long[] t = new long[PER_COMMIT];
    double[] v = new double[PER_COMMIT];
    for (int i = 0; i < PER_COMMIT; i++) {
      long index = first + i;
      walk[c] += (random.nextDouble() - 0.5) * 0.1;
      t[i] = index * PERIOD_NANOS;
      v[i] = Math.round((50 * Math.sin(index * 0.01 + c) + walk[c]) * 100) / 100.0;
    }
    return new SampleBlock(channel, t, v, PER_COMMIT);
  }

  /** What the samples need as closed 4096-sample chunks: the codec alone, no database. */
  private static final class EncodedSize {
    private static final int CHUNK = 4096;
    private final long[][] times;
    private final double[][] values;
    private final int[] sizes;
    private long sealed;

    EncodedSize(int channels) {
      times = new long[channels][CHUNK];
      values = new double[channels][CHUNK];
      sizes = new int[channels];
    }

    void add(int c, SampleBlock b) {
      for (int i = 0; i < b.size(); i++) {
        times[c][sizes[c]] = b.timeNanos(i);
        values[c][sizes[c]] = b.value(i);
        if (++sizes[c] == CHUNK) {
          sealed += ColumnarChunkCodec.encode(times[c], values[c], CHUNK).length;
          sizes[c] = 0;
        }
      }
    }

    long bytes() {
      long open = 0;
      for (int c = 0; c < sizes.length; c++) {
        open += ColumnarChunkCodec.encode(times[c], values[c], sizes[c]).length;
      }
      return sealed + open;
    }
  }

  private static long tailBytes(Path dir) throws IOException {
    long bytes = 0;
    try (DirectoryStream<Path> tails = Files.newDirectoryStream(dir, "*.tail")) {
      for (Path p : tails) {
        bytes += Files.size(p);
      }
    }
    return bytes;
  }
}

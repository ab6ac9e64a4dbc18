package dev.pitwall.bench.recording;

import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.storage.h2.H2SessionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Not JMH: records 20 channels × 100 Hz in real time with a commit every 200 ms (what the recorder
 * does with the simulator) and prints the database file size every 30 s. File growth depends on
 * wall time (MVStore keeps old chunks 45 s), so it cannot be measured faster than real time.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.pitwall.bench.recording.FileGrowthProbe
 * <seconds>}
 */
public final class FileGrowthProbe {
  private static final int CHANNELS = 20;
  private static final int SAMPLES_PER_COMMIT = 20; // 200 ms at 100 Hz

  private FileGrowthProbe() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 150;
    Path dir = Files.createTempDirectory("pitwall-growth");
    Path file = dir.resolve("probe.mv.db");
    long samples = 0;
    try (H2SessionStore store = H2SessionStore.open(file)) {
      SessionInfo info = new SessionInfo("probe", "-", "-", "bench:growth", Instant.now());
      try (SessionRecording rec = store.startSession(info)) {
        long t0 = System.nanoTime();
        for (int commit = 0; commit < seconds * 5; commit++) {
          for (int c = 0; c < CHANNELS; c++) {
            rec.append(block(c, commit));
            samples += SAMPLES_PER_COMMIT;
          }
          rec.commit();
          if (commit % 150 == 0) {
            System.out.printf("t=%3d s  file %6.1f MB%n", commit / 5, Files.size(file) / 1e6);
          }
          long due = t0 + (commit + 1) * 200_000_000L;
          Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
        }
      }
    }
    System.out.printf(
        "%d samples, closed file %.1f MB = %.1f B/sample (%s)%n",
        samples, Files.size(file) / 1e6, Files.size(file) / (double) samples, file);
  }

  private static SampleBlock block(int channel, int commit) {
    long[] t = new long[SAMPLES_PER_COMMIT];
    double[] v = new double[SAMPLES_PER_COMMIT];
    for (int i = 0; i < SAMPLES_PER_COMMIT; i++) {
      long index = (long) commit * SAMPLES_PER_COMMIT + i;
      t[i] = index * 10_000_000L;
      v[i] = Math.sin(index * 0.01 + channel) * 100;
    }
    return new SampleBlock(new Channel("ch" + channel, "-", 100), t, v, SAMPLES_PER_COMMIT);
  }
}

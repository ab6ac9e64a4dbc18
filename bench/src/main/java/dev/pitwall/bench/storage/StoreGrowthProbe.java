package dev.pitwall.bench.storage;

import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.storage.h2.H2SessionStore;
import dev.pitwall.storage.h2.H2StoreOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Not JMH: file growth in real time (MVStore frees dead space only after its 45 s retention time,
 * so this cannot run faster than the clock). Records 20 channels × 100 Hz ({@link
 * SyntheticChannels}) with a commit every 200 ms, printing the file size every 30 s and the bytes
 * per sample while open and after closing.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.pitwall.bench.storage.StoreGrowthProbe
 * <seconds> <write delay ms>}
 */
public final class StoreGrowthProbe {
  private static final int CHANNELS = 20;
  private static final int SAMPLES_PER_COMMIT = 20; // 200 ms at 100 Hz

  private StoreGrowthProbe() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 180;
    int writeDelayMs = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    Path dir = Files.createTempDirectory("pitwall-growth");
    Path file = dir.resolve("probe.mv.db");
    SyntheticChannels synth = new SyntheticChannels(CHANNELS);
    long samples = 0;
    H2StoreOptions options = H2StoreOptions.defaults().withWriteDelayMillis(writeDelayMs);
    try (H2SessionStore store = H2SessionStore.open(file, options)) {
      SessionInfo info = new SessionInfo("probe", "-", "-", "bench:growth", Instant.now());
      try (SessionRecording rec = store.startSession(info)) {
        long t0 = System.nanoTime();
        for (int commit = 0; commit < seconds * 5; commit++) {
          for (int c = 0; c < CHANNELS; c++) {
            rec.append(synth.block(c, (long) commit * SAMPLES_PER_COMMIT, SAMPLES_PER_COMMIT));
            samples += SAMPLES_PER_COMMIT;
          }
          rec.commit();
          if (commit % 150 == 0 || commit == seconds * 5 - 1) {
            System.out.printf(
                "delay %d ms t=%3d s  file %6.2f MB  %.1f B/sample%n",
                writeDelayMs,
                commit / 5,
                Files.size(file) / 1e6,
                Files.size(file) / (double) samples);
          }
          long due = t0 + (commit + 1) * 200_000_000L;
          Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
        }
      }
    }
    System.out.printf(
        "delay %d ms: %d samples, closed file %.2f MB = %.2f B/sample%n",
        writeDelayMs, samples, Files.size(file) / 1e6, Files.size(file) / (double) samples);
  }
}

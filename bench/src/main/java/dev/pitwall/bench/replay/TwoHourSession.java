package dev.pitwall.bench.replay;

import dev.pitwall.bench.storage.SyntheticChannels;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.storage.h2.H2SessionStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A long 100 Hz session of {@link SyntheticChannels} in a real H2 file, written once and kept in
 * {@code java.io.tmpdir} (writing 36 M samples takes tens of seconds on this machine; a benchmark
 * re-run reuses the file when it holds the expected samples, otherwise it is rewritten).
 */
final class TwoHourSession {
  private TwoHourSession() {}

  /** Opens (writing first if needed) a session of {@code channels} × {@code seconds} at 100 Hz. */
  static H2SessionStore open(String name, int channels, long seconds) {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "pitwall-bench-" + name);
    Path db = dir.resolve(name);
    long samples = seconds * 100;
    try {
      Files.createDirectories(dir);
      if (Files.exists(dir.resolve(name + ".mv.db"))) {
        H2SessionStore store = H2SessionStore.open(db);
        List<SessionSummary> sessions = store.sessions();
        if (sessions.size() == 1 && sessions.get(0).samples() == samples * channels) {
          return store;
        }
        store.close();
        Files.delete(dir.resolve(name + ".mv.db"));
      }
      write(db, channels, samples);
      System.out.printf(
          "%n%s: %.1f MB written%n", db, Files.size(dir.resolve(name + ".mv.db")) / 1e6);
      return H2SessionStore.open(db);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path db, int channels, long samples) {
    SyntheticChannels synth = new SyntheticChannels(channels);
    try (H2SessionStore writer = H2SessionStore.open(db);
        SessionRecording rec =
            writer.startSession(new SessionInfo("bench", "jmh", "cota", "bench", Instant.now()))) {
      for (long first = 0; first < samples; first += 1000) {
        for (int c = 0; c < channels; c++) {
          rec.append(synth.block(c, first, (int) Math.min(1000, samples - first)));
        }
        rec.commit();
      }
    }
  }
}

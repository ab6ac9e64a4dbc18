package dev.pitwall.storage.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.storage.codec.ColumnarChunkCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database file (plus the tail log) does not run away from the data while a session is recorded
 * with the recorder's 200 ms commits (ADR 0201). Accelerated: 4 minutes of 50 channels × 100 Hz in
 * a few seconds, so MVStore frees nothing (its retention time is 45 s of wall time) — the worst
 * case; in real time dead pages are reused and the file stays smaller. Before the tail log every
 * commit was an MVStore chunk and this file reached ~24× the data.
 */
class LiveFileGrowthTest {
  private static final int CHANNELS = 50;
  private static final int PER_COMMIT = 20; // 200 ms at 100 Hz
  private static final int COMMITS_PER_MINUTE = 300;
  private static final int MINUTES = 4;
  private static final long FIXED_BYTES = 512 * 1024; // an empty PitWall database and slack

  @TempDir Path dir;

  @Test
  void fileStaysWithinThreeTimesTheEncodedDataAndGrowsAtTheDataRate() throws IOException {
    Path db = dir.resolve("pitwall.mv.db");
    EncodedSize data = new EncodedSize(CHANNELS);
    Channel[] channels = new Channel[CHANNELS];
    for (int c = 0; c < CHANNELS; c++) {
      channels[c] = new Channel("ch" + c, "-", 100);
    }
    double[] walk = new double[CHANNELS];
    SplittableRandom random = new SplittableRandom(7);
    long minuteStartBytes = 0;
    long minuteStartData = 0;
    try (H2SessionStore store = H2SessionStore.open(db)) {
      SessionRecording rec =
          store.startSession(new SessionInfo("c", "d", "t", "test", Instant.now()));
      for (int k = 0; k < MINUTES * COMMITS_PER_MINUTE; k++) {
        for (int c = 0; c < CHANNELS; c++) {
          SampleBlock b = block(channels[c], c, (long) k * PER_COMMIT, walk, random);
          data.add(c, b);
          rec.append(b);
        }
        rec.commit();
        if ((k + 1) % COMMITS_PER_MINUTE == 0) {
          long onDisk = onDisk(dir);
          long dataBytes = data.bytes();
          assertTrue(
              onDisk <= 3 * dataBytes + FIXED_BYTES,
              "minute "
                  + (k + 1) / COMMITS_PER_MINUTE
                  + ": "
                  + onDisk
                  + " B on disk for "
                  + dataBytes
                  + " B of encoded samples");
          if (k + 1 > COMMITS_PER_MINUTE) { // the first minute holds the fixed costs
            long grew = onDisk - minuteStartBytes;
            long added = dataBytes - minuteStartData;
            assertTrue(grew <= 3 * added, "grew " + grew + " B in a minute of " + added + " B");
          }
          minuteStartBytes = onDisk;
          minuteStartData = dataBytes;
        }
      }
      rec.close();
      assertEquals(
          (long) CHANNELS * MINUTES * COMMITS_PER_MINUTE * PER_COMMIT,
          store.session(rec.sessionId()).orElseThrow().samples());
    }
    assertEquals(0, tailLogs(dir), "the finished session's tail log is deleted");
  }

  /** Logger-like samples: 0.01 steps of a slow wave plus a random walk. */
  private static SampleBlock block(
      Channel ch, int c, long first, double[] walk, SplittableRandom random) {
    long[] t = new long[PER_COMMIT];
    double[] v = new double[PER_COMMIT];
    for (int i = 0; i < PER_COMMIT; i++) {
      walk[c] += (random.nextDouble() - 0.5) * 0.1;
      t[i] = (first + i) * 10_000_000L;
      v[i] = Math.round((50 * Math.sin((first + i) * 0.01 + c) + walk[c]) * 100) / 100.0;
    }
    return new SampleBlock(ch, t, v, PER_COMMIT);
  }

  private static long onDisk(Path dir) throws IOException {
    long bytes = 0;
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        bytes += Files.size(f);
      }
    }
    return bytes;
  }

  private static long tailLogs(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".tail")).count();
    }
  }

  /** What the samples need as closed 4096-sample chunks (the codec alone, no database). */
  private static final class EncodedSize {
    private final long[][] times;
    private final double[][] values;
    private final int[] sizes;
    private long sealedBytes;

    EncodedSize(int channels) {
      times = new long[channels][ChannelChunker.CHUNK_SAMPLES];
      values = new double[channels][ChannelChunker.CHUNK_SAMPLES];
      sizes = new int[channels];
    }

    void add(int c, SampleBlock b) {
      for (int i = 0; i < b.size(); i++) {
        times[c][sizes[c]] = b.timeNanos(i);
        values[c][sizes[c]] = b.value(i);
        if (++sizes[c] == ChannelChunker.CHUNK_SAMPLES) {
          sealedBytes += ColumnarChunkCodec.encode(times[c], values[c], sizes[c]).length;
          sizes[c] = 0;
        }
      }
    }

    long bytes() {
      long open = 0;
      for (int c = 0; c < sizes.length; c++) {
        open += ColumnarChunkCodec.encode(times[c], values[c], sizes[c]).length;
      }
      return sealedBytes + open;
    }
  }
}

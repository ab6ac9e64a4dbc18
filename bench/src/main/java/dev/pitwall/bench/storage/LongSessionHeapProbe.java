package dev.pitwall.bench.storage;

import dev.pitwall.core.recording.RecorderCounters;
import dev.pitwall.storage.h2.H2SessionStore;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Not JMH: does the heap stay flat while a long session is recorded? Records {@code HOURS} (default
 * 10) of session time of the simulated car as fast as the writer takes it through the real
 * recording path ({@link SimRecordingRun}: SampleBus → SessionRecorder → H2 file, LapTimer laps)
 * and, at every {@code STEP_MINUTES} (default 30) of session time, runs a full GC and prints the
 * used heap, the file size and the file bytes per sample so far.
 *
 * <p>File growth depends on wall-clock time (MVStore keeps dead pages for 45 s and the recorder
 * compacts every 5 s), so the file column at full speed is not what a real-time recording shows:
 * give {@code SPEED} 1 for that (e.g. {@code 0.05 0.5 1}: 3 minutes in real time, every 30 s).
 *
 * <p>{@code java -Xmx256m -cp bench/target/benchmarks.jar
 * dev.pitwall.bench.storage.LongSessionHeapProbe [HOURS] [STEP_MINUTES] [SPEED]}
 */
public final class LongSessionHeapProbe {
  private static final int CHANNELS = 28; // SimChannels.PER_CAR
  private static final int RATE_HZ = 100;

  private LongSessionHeapProbe() {}

  public static void main(String[] args) throws Exception {
    double hours = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    long stepS = Math.round((args.length > 1 ? Double.parseDouble(args[1]) : 30) * 60);
    String speed = args.length > 2 ? args[2] : "max";
    long durationS = Math.round(hours * 3600);
    String uri = "sim:cota?cars=1&seed=1&speed=" + speed + "&duration=" + durationS;
    Path dir = Files.createTempDirectory("pitwall-heap");
    Path file = dir.resolve("long.mv.db");
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long wallStart = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "%s, max heap %d MB, commit every %d ms%n",
        uri,
        Runtime.getRuntime().maxMemory() >> 20,
        SimRecordingRun.commitInterval().toMillis());
    System.out.println("session_h  heap_after_gc_MB  file_MB  file_B/sample  wall_s");
    sample(memory, file, 0, wallStart);
    RecorderCounters counters;
    try (H2SessionStore store = H2SessionStore.open(file)) {
      counters =
          SimRecordingRun.record(
              store,
              uri,
              second -> {
                if (second > 0 && second % stepS == 0) {
                  sample(memory, file, second, wallStart);
                }
              });
    }
    System.out.printf(
        Locale.ROOT,
        "done: %d samples written, %d dropped, %d lost, %d laps, %d commits; closed file %.2f"
            + " B/sample%n",
        counters.samplesWritten(),
        counters.samplesDropped(),
        counters.samplesLost(),
        counters.lapsWritten(),
        counters.commits(),
        Files.size(file) / (double) counters.samplesWritten());
    sample(memory, file, durationS, wallStart);
  }

  private static void sample(MemoryMXBean memory, Path file, long sessionS, long wallStart) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    long used = memory.getHeapMemoryUsage().getUsed();
    long fileBytes = file.toFile().length();
    long samples = sessionS * RATE_HZ * CHANNELS;
    System.out.printf(
        Locale.ROOT,
        "%9.2f  %16.1f  %7.1f  %13.2f  %6.0f%n",
        sessionS / 3600.0,
        used / 1048576.0,
        fileBytes / 1048576.0,
        samples == 0 ? 0 : fileBytes / (double) samples,
        (System.nanoTime() - wallStart) / 1e9);
  }
}

package dev.pitwall.bench.storage;

import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.hardware.file.FileFormat;
import dev.pitwall.hardware.file.ImportedSession;
import dev.pitwall.hardware.file.SessionFileReader;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Not JMH: bytes per sample on disk of a real CAN session: a {@code candump -l} log decoded through
 * its DBC (the import path of {@code pitwall import LOG --dbc DBC}) and stored in an H2 file, then
 * the same report as {@link SimBytesPerSample}.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.pitwall.bench.storage.CanBytesPerSample LOG
 * DBC} (default: the RAV4 log of ../shared/data/can/rav4)
 */
public final class CanBytesPerSample {
  private CanBytesPerSample() {}

  public static void main(String[] args) throws Exception {
    Path rav4 = Path.of(System.getProperty("pitwall.data", "../shared/data"), "can", "rav4");
    Path log =
        args.length > 0 ? Path.of(args[0]) : rav4.resolve("candump_green_-2021-08-13_185747.log");
    Path dbc =
        args.length > 1
            ? Path.of(args[1])
            : rav4.resolve("toyota_rav4_hybrid_2017_pt_generated.dbc");
    ImportedSession s = new SessionFileReader().read(log, FileFormat.CANDUMP, dbc);
    Path dir = Files.createTempDirectory("pitwall-can-bytes");
    Path file = dir.resolve("can.mv.db");
    try (H2SessionStore store = H2SessionStore.open(file);
        SessionRecording rec = store.startSession(s.info())) {
      for (SampleBlock b : s.channels()) {
        for (int from = 0; from < b.size(); from += 4096) {
          int n = Math.min(4096, b.size() - from);
          rec.append(
              new SampleBlock(
                  b.channel(),
                  Arrays.copyOfRange(b.times(), from, from + n),
                  Arrays.copyOfRange(b.values(), from, from + n),
                  n));
        }
      }
    }
    System.out.printf(
        "%s: %d frames, %d channels, %d samples; %s%n",
        log.getFileName(), s.rows(), s.channels().size(), s.samples(), s.notes());
    SimBytesPerSample.report(dir.resolve("can"), file, s.samples());
  }
}

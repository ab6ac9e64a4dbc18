package dev.pitwall.app.cli;

import dev.pitwall.app.live.RecordResult;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "record",
    description = {
      "Record a session headless and print its id, sample count and lap count.",
      "--duration is session time: with --speed 10 a 30s session takes 3 s.",
      "Several --source options record into one session (e.g. a CAN log and a GPS)."
    })
final class RecordCommand implements Callable<Integer> {
  @ParentCommand PitwallCommand root;
  @Mixin DatabaseOption database;
  @Mixin SourceOptions source;

  @Option(
      names = "--duration",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "Session time to record (30s, 5m, 1h). Without it: until the source ends or Ctrl-C.")
  Duration duration;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Override
  public Integer call() {
    source.duration = duration;
    RecordResult r = root.services().record(source.requests(), database.path());
    PrintWriter out = root.out();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("session", r.sessionId());
      m.put("samples", r.samples());
      m.put("laps", r.laps());
      m.put("bestLapS", r.bestLapS());
      m.put("sessionTimeS", r.sessionTimeS());
      m.put("droppedSamples", r.droppedSamples());
      m.put("status", r.status().name());
      if (!r.renamedChannels().isEmpty()) {
        m.put("renamedChannels", r.renamedChannels());
      }
      out.println(Json.write(m));
    } else {
      out.printf(
          Locale.ROOT,
          "session %d: %d samples, %d laps, best %s, %.1f s session time, %d dropped, %s%n",
          r.sessionId(),
          r.samples(),
          r.laps(),
          LapFormat.lapTime(r.bestLapS()),
          r.sessionTimeS(),
          r.droppedSamples(),
          r.status());
      r.renamedChannels().forEach(line -> out.println("renamed channel: " + line));
    }
    out.flush();
    return 0;
  }
}

package dev.pitwall.app.cli;

import dev.pitwall.app.live.RecordResult;
import dev.pitwall.core.session.SessionStore;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "record",
    description = {
      "Record a session headless and print its id, sample count and lap count.",
      "--duration is session time: with --speed 10 a 30s session takes 3 s.",
      "--continue SESSION appends to an INTERRUPTED or FAILED session after a marked gap.",
      "Several --source options record into one session (e.g. a CAN log and a GPS)."
    })
final class RecordCommand implements Callable<Integer> {
  @ParentCommand PitwallCommand root;
  @Spec CommandSpec spec;
  @Mixin DatabaseOption database;
  @Mixin SourceOptions source;

  @Option(
      names = "--duration",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "Session time to record (30s, 5m, 1h). Without it: until the source ends or Ctrl-C.")
  Duration duration;

  @Option(
      names = "--continue",
      paramLabel = "SESSION",
      description =
          "Continue the interrupted (or failed) session SESSION instead of starting a new one:"
              + " samples continue after the last durable one, the gap is stored as an event."
              + " Without --source, the session's own source URI is used.")
  Long continueSession;

  @Option(
      names = "--archive",
      paramLabel = "URL",
      description =
          "After recording, push the session to this team archive (s3://BUCKET/PREFIX?endpoint=URL;"
              + " default: $PITWALL_ARCHIVE). Unreachable: it stays queued for the next push.")
  String archive = System.getenv(AutoPush.ENV);

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Option(
      names = "--encrypt",
      description =
          "Create a new database encrypted (password asked twice, or --password-file /"
              + " $PITWALL_DB_PASSWORD).")
  boolean encrypt;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "With --encrypt: the new database's password, first line of FILE.")
  java.nio.file.Path passwordFile;

  @Override
  public Integer call() {
    source.duration = duration;
    if (encrypt) {
      EncryptOnCreate.prepare(root.services(), database.path(), passwordFile);
    }
    if (continueSession != null
        && !spec.commandLine().getParseResult().hasMatchedOption("--source")) {
      source.uris = List.of(storedSource(continueSession));
    }
    RecordResult r =
        continueSession == null
            ? root.services().record(source.requests(), database.path())
            : root.services().continueRecording(continueSession, source.request(), database.path());
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
    if (archive != null && !archive.isBlank()) {
      PrintWriter report = json ? root.spec.commandLine().getErr() : out; // keep stdout JSON
      AutoPush.afterRecording(root, database.path(), r.sessionId(), archive, report);
    }
    return 0;
  }

  /** The source URI session {@code id} was recorded from. */
  private String storedSource(long id) {
    try (SessionStore store = root.services().openStore(database.path())) {
      root.requireSession(store, id);
      return store.session(id).orElseThrow().info().source();
    }
  }
}

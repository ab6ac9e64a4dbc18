package dev.pitwall.app.cli;

import dev.pitwall.app.live.LinkProbe;
import dev.pitwall.app.live.LinkRates;
import dev.pitwall.app.live.SourceFactory;
import dev.pitwall.app.live.SourceKind;
import dev.pitwall.app.live.SourceRequest;
import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.track.TrackCatalog;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "sources",
    description = {
      "List the telemetry source kinds with their URI syntax and an example.",
      "With --probe URI: connect for --seconds and print link health once per second."
    })
final class SourcesCommand implements Callable<Integer> {
  @ParentCommand PitwallCommand root;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Option(names = "--probe", paramLabel = "URI", description = "Connect to this source and report.")
  String probe;

  @Option(
      names = "--seconds",
      paramLabel = "N",
      description = "How long to probe (default: ${DEFAULT-VALUE}).")
  int seconds = 5;

  @Option(names = "--dbc", paramLabel = "FILE", description = "DBC file for a CAN source.")
  String dbc;

  @Option(
      names = "--speed",
      paramLabel = "X|max",
      converter = SpeedConverter.class,
      description = "Replay speed of a candump probe (default: the URI's, else max).")
  Double speed;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = root.out();
    if (probe == null) {
      list(out);
    } else {
      if (seconds <= 0) {
        throw new CliFailure("--seconds must be positive: " + seconds);
      }
      probe(out);
    }
    out.flush();
    return 0;
  }

  private void list(PrintWriter out) {
    if (json) {
      List<Object> rows = new ArrayList<>();
      for (SourceKind k : SourceKind.values()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scheme", k.scheme());
        m.put("name", k.label());
        m.put("syntax", k.syntax());
        m.put("example", k.example());
        m.put("needsDbc", k.needsDbc());
        m.put("description", k.description());
        rows.add(m);
      }
      out.println(Json.write(rows));
      return;
    }
    TextTable table = new TextTable("KIND", "URI", "EXAMPLE", "WHAT");
    for (SourceKind k : SourceKind.values()) {
      table.row(k.scheme(), k.syntax(), k.example(), k.description());
    }
    table.print(out);
    out.println("CAN sources take --dbc FILE; candump replays take --speed 1|10|max.");
  }

  private void probe(PrintWriter out) throws InterruptedException {
    SourceRequest request =
        new SourceRequest(probe, null, null, null, speed == null ? 1.0 : speed, null, dbc);
    var prepared = new SourceFactory(TrackCatalog.builtIn()).create(request);
    if (!json) {
      out.println("probing " + prepared.source().uri() + " for " + seconds + " s");
      out.flush();
    }
    List<Object> reports = new ArrayList<>();
    LinkProbe.Report total =
        LinkProbe.run(
            prepared.source(),
            Duration.ofSeconds(seconds),
            r -> {
              if (json) {
                reports.add(toMap(r));
              } else {
                out.println(line(r));
                out.flush();
              }
            });
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("uri", prepared.source().uri());
      m.put("perSecond", reports);
      m.put("total", toMap(total));
      out.println(Json.write(m));
    } else {
      out.println("total: " + line(total));
      out.println("last error: " + LinkProbe.lastErrorText(total.health()));
    }
  }

  private static String line(LinkProbe.Report r) {
    SourceHealth h = r.health();
    return String.format(
        Locale.ROOT,
        "%5.1fs %-12s frames/s %s  samples/s %s  bus load %s  invalid %d  decode errors %d"
            + "  unknown ids %d  error frames %d  overruns %d  reconnects %d  channels %d",
        r.atS(),
        h.state(),
        LinkRates.rateText(r.framesPerS()),
        LinkRates.rateText(r.samplesPerS()),
        LinkRates.loadText(r.busLoadPercent()),
        h.invalidFrames(),
        h.decodeErrors(),
        h.unknownIds(),
        h.errorFrames(),
        r.overruns(),
        h.reconnects(),
        r.channels());
  }

  private static Map<String, Object> toMap(LinkProbe.Report r) {
    SourceHealth h = r.health();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("atS", r.atS());
    m.put("state", h.state().name());
    m.put("frames", h.frames());
    m.put("samples", h.samples());
    m.put("framesPerS", r.framesPerS());
    m.put("samplesPerS", r.samplesPerS());
    m.put(
        "busLoadPercent", r.busLoadPercent().isPresent() ? r.busLoadPercent().getAsDouble() : null);
    m.put("invalidFrames", h.invalidFrames());
    m.put("decodeErrors", h.decodeErrors());
    m.put("unknownIds", h.unknownIds());
    m.put("errorFrames", h.errorFrames());
    m.put("overruns", r.overruns());
    m.put("reconnects", h.reconnects());
    m.put("channels", r.channels());
    m.put("lastError", h.lastError() == null ? null : h.lastError().message());
    m.put("lastErrorAt", h.lastError() == null ? null : h.lastError().at().toString());
    return m;
  }
}

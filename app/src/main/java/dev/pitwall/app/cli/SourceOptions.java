package dev.pitwall.app.cli;

import dev.pitwall.app.live.SourceRequest;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;

/** Options that choose and shape the telemetry source (shared by the window and 'record'). */
public final class SourceOptions {
  @Option(
      names = "--source",
      paramLabel = "URI",
      description =
          "Telemetry source (see 'pitwall sources'): sim, candump:FILE, slcan:PORT,"
              + " socketcan:IFACE, udp://HOST:PORT?format=f1|csv, nmea:PORT, serial:PORT"
              + " (default: sim). Give it more than once for one session fed by several"
              + " sources on one time base; a channel name two sources share is prefixed with"
              + " the later source's label (nmea.speed).")
  List<String> uris;

  @Option(
      names = "--dbc",
      paramLabel = "FILE",
      description = "DBC file decoding a CAN source (same as dbc=FILE in its URI).")
  String dbc;

  @Option(
      names = "--map",
      paramLabel = "FILE",
      description =
          "Channel map: which source channel feeds each gauge, chart, the map and the lap timer,"
              + " one 'ROLE = CHANNEL [* FACTOR] [+ OFFSET] [[UNIT]]' per line (see README).")
  String map;

  @Option(names = "--track", paramLabel = "NAME", description = "Circuit for the simulated car.")
  String track;

  @Option(names = "--cars", paramLabel = "N", description = "Number of simulated cars.")
  Integer cars;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed of the simulated car.")
  Long seed;

  @Option(
      names = "--speed",
      paramLabel = "X|max",
      converter = SpeedConverter.class,
      description =
          "Real-time factor of the simulator or a candump replay (1, 10, 0.25) or 'max'"
              + " (default: 1).")
  Double speed;

  Duration duration;

  SourceRequest request() {
    return request(uris == null || uris.isEmpty() ? "sim" : uris.get(0));
  }

  /** One request per {@code --source}, sharing the other options. */
  List<SourceRequest> requests() {
    return uris == null || uris.isEmpty()
        ? List.of(request())
        : uris.stream().map(this::request).toList();
  }

  private SourceRequest request(String uri) {
    return new SourceRequest(
        uri, track, cars, seed, speed == null ? 1.0 : speed, duration, dbc, map);
  }
}

package dev.pitwall.app.live;

import dev.pitwall.app.cli.CliFailure;
import dev.pitwall.app.mapping.ChannelMap;
import dev.pitwall.app.mapping.ChannelMapException;
import dev.pitwall.app.mapping.ChannelMapFile;
import dev.pitwall.core.source.TelemetrySource;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.core.track.TrackLayout;
import dev.pitwall.hardware.can.candump.CandumpSource;
import dev.pitwall.hardware.can.dbc.DbcParseException;
import dev.pitwall.hardware.can.slcan.SlcanSource;
import dev.pitwall.hardware.can.socketcan.SocketCanSource;
import dev.pitwall.hardware.f1.F1UdpSource;
import dev.pitwall.hardware.serial.NmeaSource;
import dev.pitwall.hardware.serial.SerialCsvSource;
import dev.pitwall.hardware.sim.SimConfig;
import dev.pitwall.hardware.sim.SimulatedCarSource;
import dev.pitwall.hardware.udp.UdpCsvSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Turns a {@link SourceRequest} into a configured {@link TelemetrySource}: the one place that knows
 * every source implementation ({@link SourceKind} lists them). Configuration errors throw {@link
 * CliFailure} with a one-line message saying what to fix, before anything is opened: an unknown
 * scheme, a missing DBC, log or serial port, a DBC that does not parse (file:line:column), a kernel
 * without SocketCAN.
 *
 * <p>Hardware sources are wrapped in a {@link LinkHealthSource}, which records link health into the
 * session and ends the session when the source's input ends.
 */
public final class SourceFactory {
  static final String DEFAULT_TRACK = "cota";
  private final TrackCatalog catalog;

  public SourceFactory(TrackCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * A source plus the circuit it drives, when known, and the engineer's channel map ({@link
   * ChannelMap#automatic()} without {@code --map}).
   */
  public record Prepared(
      TelemetrySource source, Optional<TrackLayout> track, ChannelMap channelMap) {
    public Prepared(TelemetrySource source, Optional<TrackLayout> track) {
      this(source, track, ChannelMap.automatic());
    }
  }

  /** {@link #build} with the request's channel map file read first (bad file: CliFailure). */
  public Prepared create(SourceRequest request) {
    ChannelMap map;
    try {
      map =
          request.map() == null || request.map().isBlank()
              ? ChannelMap.automatic()
              : ChannelMapFile.read(Path.of(request.map().strip()));
    } catch (ChannelMapException e) {
      throw new CliFailure("channel map: " + e.getMessage());
    }
    Prepared p = build(request);
    return new Prepared(p.source(), p.track(), map);
  }

  private Prepared build(SourceRequest request) {
    String text = request.uri() == null || request.uri().isBlank() ? "sim" : request.uri().strip();
    SourceUri uri = SourceUri.parse(text);
    SourceKind kind = SourceKind.of(uri.scheme()).orElseThrow(() -> unknown(text));
    if (kind == SourceKind.SIM) {
      return simulator(text, request);
    }
    TelemetrySource source;
    try {
      source = hardware(kind, uri, text, request);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(kind.label() + " source '" + text + "': " + e.getMessage());
    } catch (DbcParseException e) {
      throw new CliFailure("DBC file does not parse: " + e.getMessage());
    } catch (IOException e) {
      throw new CliFailure(kind.label() + " source '" + text + "': " + e.getMessage());
    }
    Optional<TrackLayout> track =
        request.track() == null ? Optional.empty() : Optional.of(catalog.load(request.track()));
    return new Prepared(new LinkHealthSource(source, kind == SourceKind.CANDUMP), track);
  }

  private CliFailure unknown(String text) {
    return new CliFailure(
        "unknown source '"
            + text
            + "': known sources are "
            + SourceKind.schemes()
            + " (see 'pitwall sources'); sim tracks: "
            + String.join(", ", catalog.names()));
  }

  private static TelemetrySource hardware(
      SourceKind kind, SourceUri uri, String text, SourceRequest request)
      throws IOException, DbcParseException {
    return switch (kind) {
      case CANDUMP -> {
        requireFile(uri.filePath(), "candump log");
        SourceUri full = withDbc(uri, request, "candump");
        if (request.speed() != 1.0) {
          full = full.with("speed", speedText(request.speed()));
        }
        yield CandumpSource.fromUri(full.toString());
      }
      case SLCAN -> {
        requirePort(uri.filePath());
        yield SlcanSource.fromUri(withDbc(uri, request, "slcan").toString());
      }
      case SOCKETCAN ->
          SocketCanPreflight.check(
              () -> SocketCanSource.fromUri(withDbc(uri, request, "socketcan").toString()));
      case UDP -> udp(uri, text);
      case NMEA -> {
        requirePort(uri.filePath());
        yield NmeaSource.fromUri(text);
      }
      case SERIAL -> {
        requirePort(uri.filePath());
        yield SerialCsvSource.fromUri(text);
      }
      case SIM -> throw new IllegalStateException("handled above");
    };
  }

  private static TelemetrySource udp(SourceUri uri, String text) {
    String format = uri.param("format") == null ? "f1" : uri.param("format");
    return switch (format) {
      case "f1" -> F1UdpSource.fromUri(text);
      case "csv" -> new UdpCsvSource(text, Duration.ofSeconds(1));
      default ->
          throw new CliFailure(
              "UDP source '" + text + "': format must be f1 or csv, not '" + format + "'");
    };
  }

  /** Merges {@code --dbc} into the URI and checks the DBC file exists. */
  private static SourceUri withDbc(SourceUri uri, SourceRequest request, String scheme) {
    SourceUri full = request.dbc() == null ? uri : uri.with("dbc", request.dbc());
    String dbc = full.param("dbc");
    if (dbc == null) {
      throw new CliFailure(
          scheme + " source needs a DBC file to decode frames: give --dbc FILE or ?dbc=FILE");
    }
    requireFile(dbc, "DBC file");
    return full;
  }

  private static void requireFile(String path, String what) {
    Path p = Path.of(path);
    if (!Files.isRegularFile(p)) {
      throw new CliFailure(what + " not found: " + p.toAbsolutePath());
    }
    if (!Files.isReadable(p)) {
      throw new CliFailure(what + " not readable: " + p.toAbsolutePath());
    }
  }

  /**
   * A Unix device path must exist now; a port that is unplugged later is reconnected by the source.
   * Windows names (COM3) are not files and are left to the source.
   */
  private static void requirePort(String path) {
    if (path.startsWith("/") && !Files.exists(Path.of(path))) {
      throw new CliFailure(
          "serial port "
              + path
              + " not found: is the device plugged in? (ls /dev/tty* ; a socat pty is its link path)");
    }
  }

  private static String speedText(double speed) {
    return Double.isInfinite(speed) ? "max" : strip(speed);
  }

  private Prepared simulator(String uri, SourceRequest request) {
    SimConfig parsed = SimConfig.parse(uri.equalsIgnoreCase("sim") ? "sim:" + DEFAULT_TRACK : uri);
    SimConfig config =
        new SimConfig(
            request.track() != null ? request.track() : parsed.trackKey(),
            request.cars() != null ? request.cars() : parsed.cars(),
            request.seed() != null ? request.seed() : parsed.seed(),
            request.speed() != 1.0 ? request.speed() : parsed.speedFactor(),
            request.duration() != null ? request.duration().toNanos() / 1e9 : parsed.durationS());
    TrackLayout track = catalog.load(config.trackKey());
    String canonical = canonicalUri(config);
    return new Prepared(new SimulatedCarSource(canonical, config, catalog), Optional.of(track));
  }

  private static String canonicalUri(SimConfig c) {
    String speed = c.unlimitedSpeed() ? "max" : strip(c.speedFactor());
    String uri =
        "sim:" + c.trackKey() + "?cars=" + c.cars() + "&seed=" + c.seed() + "&speed=" + speed;
    return Double.isFinite(c.durationS()) ? uri + "&duration=" + strip(c.durationS()) : uri;
  }

  private static String strip(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}

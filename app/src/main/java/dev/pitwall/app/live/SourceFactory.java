package dev.pitwall.app.live;

import dev.pitwall.app.cli.CliFailure;
import dev.pitwall.core.source.TelemetrySource;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.core.track.TrackLayout;
import dev.pitwall.hardware.sim.SimConfig;
import dev.pitwall.hardware.sim.SimulatedCarSource;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a {@link SourceRequest} into a configured {@link TelemetrySource}: the one place that knows
 * every source implementation. Configuration errors throw {@link CliFailure} (or the source's own
 * {@link IllegalArgumentException}) with a message saying what to fix, before anything is opened.
 */
public final class SourceFactory {
  static final String DEFAULT_TRACK = "cota";
  private final TrackCatalog catalog;

  public SourceFactory(TrackCatalog catalog) {
    this.catalog = catalog;
  }

  /** A source plus the circuit it drives, when known. */
  public record Prepared(TelemetrySource source, Optional<TrackLayout> track) {}

  public Prepared create(SourceRequest request) {
    String uri = request.uri() == null ? "sim" : request.uri().strip();
    String scheme = scheme(uri);
    return switch (scheme) {
      case "sim" -> simulator(uri, request);
      default ->
          throw new CliFailure(
              "unknown source '"
                  + uri
                  + "': known sources are sim, sim:TRACK?cars=N&seed=S (tracks: "
                  + String.join(", ", catalog.names())
                  + ")");
    };
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

  private static String scheme(String uri) {
    int colon = uri.indexOf(':');
    return (colon < 0 ? uri : uri.substring(0, colon)).toLowerCase(Locale.ROOT);
  }
}
